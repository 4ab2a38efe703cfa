using Hamahang.Api.Text;

namespace Hamahang.Api.Tests.Text;

public sealed class MarkdownHtmlTests
{
    [Fact]
    public void MarkdownBecomesHtml()
    {
        var html = MarkdownHtml.Render("# صورتجلسه\n\n- **تصمیم:** تشکیل کارگروه");
        Assert.Contains("<h1>صورتجلسه</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>تصمیم:</strong> تشکیل کارگروه</li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("text <b onclick=\"alert(1)\">bold</b>")]
    public void RawHtmlIsEscapedNotPassedThrough(string markdown)
    {
        var html = MarkdownHtml.Render(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x]( JavaScript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void LinksToScriptsLoseTheirAddress(string markdown)
    {
        var html = MarkdownHtml.Render(markdown);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[خبر](https://www.tehran.ir/news/1)", "href=\"https://www.tehran.ir/news/1\"")]
    [InlineData("[بند ۲](#decisions)", "href=\"#decisions\"")]
    [InlineData("[صورتجلسه](/minutes/3)", "href=\"/minutes/3\"")]
    [InlineData("<mailto:office@region20.tehran.ir>", "href=\"mailto:office@region20.tehran.ir\"")]
    public void OrdinaryLinksAreKept(string markdown, string expected) =>
        Assert.Contains(expected, MarkdownHtml.Render(markdown), StringComparison.Ordinal);
}
