using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Hamahang.GraphQL.AspNetCore;
using Hamahang.GraphQL.Error;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>schema/README.md's "Error codes" table lists exactly the codes the server defines, so a new code without a line fails.</summary>
public sealed partial class ErrorCodeReadmeTests
{
    [Fact]
    public async Task TheReadmeListsEveryErrorCodeTheServerDefinesAndNoOther()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md"));
        var section = readme[readme.IndexOf("## Error codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var listed = Row().Matches(section).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Defined().Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCodesHotChocolateNamesAreItsOwn()
    {
        var defined = Defined();
        foreach (var code in new[] { "HC0014", "HC0018", "HC0045", "HC0046", "HC0047", "HC0051", "HC0076", "HC0078", "HC0082", "AUTH_NOT_AUTHENTICATED",
            "AUTH_NOT_AUTHORIZED" })
        {
            Assert.Contains(code, defined);
        }

        Assert.DoesNotContain("COST_EXCEEDED", defined);
        Assert.DoesNotContain("INTROSPECTION_NOT_ALLOWED", defined);
    }

    // A code is a string constant of an ...ErrorCodes class, or a constant named ...Code (AuthErrors, IntrospectionGate, ...).
    private static HashSet<string> Defined() =>
        [.. new[] { typeof(ErrorCodes).Assembly, typeof(TransportErrorCodes).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string)
                    && (type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal) || field.Name.EndsWith("Code", StringComparison.Ordinal))))
            .Select(field => (string)field.GetRawConstantValue()!)];

    [GeneratedRegex(@"^\| `([A-Z0-9_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
