using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.EntityFramework.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>The host with a counter of the SQL commands its contexts send.</summary>
public sealed class CountingHostFactory : HostFactory
{
    public CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Counter)));
    }
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
              decisions { text owners { name } workingGroups { name members { organization { name } } } }
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

        var (all, rows) = await CountAsync(editor, 50);

        // 1 key lookup + 1 page of meetings + 5 lists under meetings (districts, attendees, decisions,
        // site visits, minutes) + 6 under those (person, organization, owners, working groups, site,
        // sections) + members. The members' organizations all attended the meeting: the request's
        // organization loader already holds them, so that level costs nothing.
        Assert.Equal(14, all.Count);
        Assert.True(rows > 3 * all.Count, $"{rows} nested rows in {all.Count} commands");
    }

    private async Task<(IReadOnlyList<string> Commands, int NestedRows)> CountAsync(string key, int first)
    {
        factory.Counter.Reset();
        var response = await factory.PostAsync(Nested, key, new { first });
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(Math.Min(first, 6), response.At("meetings.nodes").GetArrayLength());
        var members = response.At("meetings.nodes").EnumerateArray().SelectMany(m => m.GetProperty("decisions").EnumerateArray())
            .SelectMany(d => d.GetProperty("workingGroups").EnumerateArray()).SelectMany(g => g.GetProperty("members").EnumerateArray()).ToList();
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("organization").GetProperty("name").GetString())));
        var nested = response.At("meetings.nodes").EnumerateArray()
            .Sum(m => Lists.Sum(list => m.GetProperty(list).GetArrayLength()));
        // The subscription outbox's poller reads its table in the background; those are not the request's.
        var commands = factory.Counter.Commands.Where(c => !c.Contains("\"GraphQLOutbox\"", StringComparison.Ordinal)).ToList();
        return (commands, nested + members.Count);
    }
}
