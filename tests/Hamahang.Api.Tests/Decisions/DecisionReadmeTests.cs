using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Decisions;

/// <summary>
/// The mutation examples of schema/README.md's "Following decisions up", run in order with their variables as an
/// editor would send them; the ids they name are the seeded ones they say (the query examples run in SchemaReadmeTests).
/// </summary>
public sealed partial class DecisionReadmeTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TheFollowUpExamplesNameSeededRecordsAndRunInOrder()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md"));
        var start = readme.IndexOf("## Following decisions up", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var examples = MutationWithVariables().Matches(section).Select(m => (Document: m.Groups[1].Value, Variables: m.Groups[2].Value)).ToList();
        Assert.Equal(3, examples.Count);

        // The seed's decision of the Qom meeting is the 11th record.
        Assert.Contains($"\"id\": \"{Ids.Of(nameof(Decision), 11)}\"", section, StringComparison.Ordinal);
        Assert.Contains("Qom", await factory.ReadAsync(db => db.Decisions.Where(d => d.Id == 11).Select(d => d.Meeting!.TitleEn).SingleAsync()),
            StringComparison.Ordinal);
        var crisis = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 20 Crisis Management and Passive Defense Office"));
        Assert.Contains($"ownerOrganizationId: \"{crisis}\"", section, StringComparison.Ordinal);

        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        foreach (var (document, variables) in examples)
        {
            var response = await factory.PostAsync(document, editor, JsonSerializer.Deserialize<JsonElement>(variables));
            Assert.False(response.HasErrors, document + "\n" + response);
            var payload = response.Data.EnumerateObject().Single().Value;
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        }

        var decision = await factory.ReadAsync(db => db.Decisions.Include(d => d.Notes).Include(d => d.DueDateChanges).SingleAsync(d => d.Id == 11));
        Assert.Equal(DecisionStatus.InProgress, decision.Status);
        Assert.Equal(new DateOnly(2025, 3, 20), decision.DueDate);
        Assert.Single(decision.DueDateChanges);
        Assert.Single(decision.Notes);
    }

    [GeneratedRegex("```graphql\\n(mutation .*?)```\\n```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MutationWithVariables();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
