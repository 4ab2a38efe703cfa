using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>Every example query of schema/README.md runs without errors against the seeded host (mutations are tested with their commands).</summary>
public sealed partial class SchemaReadmeTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task EveryExampleInTheReadmeRunsAndAnswersData()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md"));
        var examples = GraphQLBlock().Matches(readme).Select(m => m.Groups[1].Value)
            .Where(e => !e.StartsWith("mutation", StringComparison.Ordinal) && !e.StartsWith("subscription", StringComparison.Ordinal)).ToList();
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);

        Assert.True(examples.Count >= 5, $"{examples.Count} examples");
        foreach (var example in examples)
        {
            var response = await factory.PostAsync(example, admin, new { since = "2000-01-01T00:00:00Z", after = (string?)null });
            Assert.False(response.HasErrors, example + "\n" + response);
            Assert.NotEmpty(response.Data.EnumerateObject());
        }
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
