using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>The host with a counter of the SQL commands its contexts send.</summary>
public sealed class CountingHostFactory : HostFactory
{
    public CommandCounter Counter { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Counter];
}

/// <summary>No N+1: a nested query costs one SQL command per list level, however many rows each level has.</summary>
public sealed class QueryCountTests(CountingHostFactory factory) : IClassFixture<CountingHostFactory>
{
    private static readonly string[] Lists = ["districts", "attendees", "decisions", "siteVisits", "minutes"];

    private const string Nested = """
        query($first: Int) {
          meetings(first: $first) {
            nodes {
              title
              districts { number }
              attendees { person { fullName } organization { name } }
              decisions(first: 10) { nodes { text owners { name } workingGroups { name members { organization { name } } } } }
              siteVisits { site { name } }
              minutes { sections { heading } }
            }
          }
        }
        """;

    [Fact]
    public async Task ANestedQueryCostsOneCommandPerListLevelNotPerRow()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);

        var (all, rows) = await CountAsync(editor, 10);

        // 1 key lookup + 1 page of meetings + 5 lists under meetings (districts, attendees with their person and
        // organization joined, decisions, site visits, minutes) + 4 under those (owners, working groups, site,
        // sections) + members + the members' organizations.
        Assert.Equal(13, all.Count);
        Assert.True(rows > 3 * all.Count, $"{rows} nested rows in {all.Count} commands");
    }

    private const string References = """
        {
          workingGroups(first: 50) {
            nodes { name district { number } partnerOrganization { name } formedByDecision { text meeting { title } } }
          }
        }
        """;

    [Fact]
    public async Task ReferencesAnEditorReadsInFullAnswerFromTheProjectionWithoutAnotherCommand()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);

        var commands = await CountReferencesAsync(editor);

        // 1 key lookup + 1 page of working groups that carries every reference.
        Assert.Equal(2, commands.Count);
    }

    [Fact]
    public async Task ReferencesUnderAReadPolicyCostOneCommandPerLevelNotPerRow()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "استانداری قم");

        var commands = await CountReferencesAsync(partner);

        // 1 key lookup + 1 page + the decisions by key under the policy + their meetings by key under the
        // policy (districts and organizations are public: they answer from the projection).
        Assert.Equal(4, commands.Count);
    }

    private async Task<IReadOnlyList<string>> CountReferencesAsync(string key)
    {
        factory.Counter.Reset();
        var response = await factory.PostAsync(References, key);
        Assert.False(response.HasErrors, response.ToString());
        var groups = response.At("workingGroups.nodes").EnumerateArray().ToList();
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("formedByDecision").GetProperty("meeting").GetProperty("title").GetString())));
        return [.. factory.Counter.Commands.Where(c => !c.Contains("\"GraphQLOutbox\"", StringComparison.Ordinal))];
    }

    private async Task<(IReadOnlyList<string> Commands, int NestedRows)> CountAsync(string key, int first)
    {
        factory.Counter.Reset();
        var response = await factory.PostAsync(Nested, key, new { first });
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(Math.Min(first, 6), response.At("meetings.nodes").GetArrayLength());
        var members = response.At("meetings.nodes").EnumerateArray().SelectMany(m => m.GetProperty("decisions").GetProperty("nodes").EnumerateArray())
            .SelectMany(d => d.GetProperty("workingGroups").EnumerateArray()).SelectMany(g => g.GetProperty("members").EnumerateArray()).ToList();
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("organization").GetProperty("name").GetString())));
        var nested = response.At("meetings.nodes").EnumerateArray()
            .Sum(m =>
                Lists.Sum(list =>
                (m.GetProperty(list) is { ValueKind: System.Text.Json.JsonValueKind.Object } page ? page.GetProperty("nodes") : m.GetProperty(list))
                .GetArrayLength()));
        // The subscription outbox's poller reads its table in the background; those are not the request's.
        var commands = factory.Counter.Commands.Where(c => !c.Contains("\"GraphQLOutbox\"", StringComparison.Ordinal)).ToList();
        return (commands, nested + members.Count);
    }
}
