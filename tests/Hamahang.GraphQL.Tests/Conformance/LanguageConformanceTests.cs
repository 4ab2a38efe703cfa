using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hamahang.GraphQL.Language;
using Xunit.Abstractions;

namespace Hamahang.GraphQL.Tests.Conformance;

/// <summary>
/// For every document of the language corpus (tests/conformance/corpus/language), our parse + print
/// equals graphql-js 17's parse + print, our nodes and their offsets are those graphql-js visits, and
/// where graphql-js reports a syntax error we report the same message at the same line and column.
/// The one deliberate difference: graphql-js has no nesting limit, so a document nested deeper than
/// ours (256 levels) is counted apart, not as a difference.
/// </summary>
public class LanguageConformanceTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public void ParsingAndPrintingAgreeWithGraphQLJsOnTheWholeCorpus()
    {
        var cases = JsonSerializer.Deserialize<List<Case>>(NodeScript.Run("language.mjs"), Json)!
            .Select(c => c with
            {
                Source = Utf16(c.Source)!,
                Printed = Utf16(c.Printed),
                Error = c.Error is { } e ? e with { Message = Utf16(e.Message)! } : null,
            })
            .ToList();
        var differences = new List<string>();
        var beyondOurDepthLimit = 0;
        foreach (var item in cases)
        {
            var difference = Compare(item);
            if (difference == BeyondDepthLimit)
            {
                beyondOurDepthLimit++;
            }
            else if (difference is not null)
            {
                differences.Add($"{item.Name} ({item.Mode}) {JsonSerializer.Serialize(item.Source)}\n{difference}");
            }
        }

        var valid = cases.Count(c => c.Printed is not null);
        output.WriteLine($"{cases.Count - differences.Count - beyondOurDepthLimit} of {cases.Count} documents agree with graphql-js ({valid} valid, " +
            $"{cases.Count - valid} with syntax errors); {beyondOurDepthLimit} nest deeper than our limit.");
        Assert.True(cases.Count >= 300, $"The corpus has only {cases.Count} documents.");
        Assert.True(differences.Count == 0, $"{differences.Count} of {cases.Count} differ:\n\n" + string.Join("\n\n", differences.Take(40)));
    }

    private const string BeyondDepthLimit = "beyond our depth limit";

    private static string? Compare(Case item)
    {
        if (item.Crash is not null)
        {
            return "graphql-js crashed: " + item.Crash;
        }

        SyntaxNode tree;
        try
        {
            tree = Parse(item.Mode, item.Source);
        }
        catch (GraphQLSyntaxException e)
        {
            if (item.Printed is not null && e.Message.Contains("levels of nesting. Parsing aborted.", StringComparison.Ordinal))
            {
                return BeyondDepthLimit;
            }

            var ours = $"{e.Message} ({e.Location.Line}:{e.Location.Column})";
            var theirs = item.Error is { } error ? $"{error.Message} ({error.Line}:{error.Column})" : "no error";
            return ours == theirs ? null : $"  ours:   {ours}\n  theirs: {theirs}";
        }

        if (item.Error is { } expected)
        {
            return $"  ours:   parsed\n  theirs: {expected.Message} ({expected.Line}:{expected.Column})";
        }

        var printed = Printer.Print(tree);
        if (printed != item.Printed)
        {
            return $"  ours:   {JsonSerializer.Serialize(printed)}\n  theirs: {JsonSerializer.Serialize(item.Printed)}";
        }

        var nodes = VisitedNodes(tree);
        return nodes == item.Nodes ? null : $"  our nodes:   {nodes}\n  their nodes: {item.Nodes}";
    }

    /// <summary>Text that language.mjs wrote as base64 of UTF-16 code units (so lone surrogates survive JSON).</summary>
    private static string? Utf16(string? base64) =>
        base64 is null ? null : new string(MemoryMarshal.Cast<byte, char>(Convert.FromBase64String(base64)));

    private static SyntaxNode Parse(string mode, string source) => mode switch
    {
        "document" => Parser.Parse(source),
        "value" => Parser.ParseValue(source),
        "constValue" => Parser.ParseConstValue(source),
        "type" => Parser.ParseType(source),
        "coordinate" => Parser.ParseSchemaCoordinate(source),
        _ => throw new ArgumentException("Unknown mode " + mode, nameof(mode)),
    };

    /// <summary>Every node the visitor enters, as "Kind:start-end", the way language.mjs lists graphql-js's.</summary>
    private static string VisitedNodes(SyntaxNode tree)
    {
        var nodes = new StringBuilder();
        Visitor.Create(enter: (node, _) =>
        {
            nodes.Append(nodes.Length == 0 ? string.Empty : " ")
                .Append(node.Kind).Append(':').Append(node.Location.Start).Append('-').Append(node.Location.End);
            return VisitorAction.Continue;
        }).Visit(tree);
        return nodes.ToString();
    }

    private sealed record Case(
        string Name,
        string Mode,
        string Source,
        string? Printed,
        string? Nodes,
        ErrorResult? Error,
        string? Crash);

    private sealed record ErrorResult(
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("column")] int Column);
}
