using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Hamahang.Api.Text;

/// <summary>
/// Markdown as HTML that a page may put into the document as it is: raw HTML in the text is escaped, not
/// passed through, and a link or image whose address is not http(s), mailto or relative loses its address
/// (a <c>javascript:</c> link would otherwise survive, since CommonMark allows any scheme).
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }
        }

        return document.ToHtml(Pipeline);
    }

    // A relative address has no scheme before its first '/', '?' or '#'.
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var boundary = trimmed.IndexOfAny(['/', '?', '#']);
        var relative = colon < 0 || (boundary >= 0 && boundary < colon);
        return relative || SafeSchemes.Any(scheme => trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
