using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>The host on Kestrel, on a loopback port, over its SQLite file: real HTTP, real connections, real contention.</summary>
public sealed class KestrelHostFactory : HostFactory
{
    public KestrelHostFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The address Kestrel listens on.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

/// <summary>
/// Many inspectors file at once, half of them retrying with the same idempotency key, over real HTTP: exactly one finding
/// per key, each with one audit entry, and no client ever sees SQLite's "database is locked". Concurrent updates of one
/// record at one version: exactly one wins. CI files <c>HAMAHANG_CONCURRENCY_FINDINGS</c> findings (400 unless set);
/// the full run files 2 000 (README).
/// </summary>
public sealed class ConcurrentWritesTests(KestrelHostFactory factory, ITestOutputHelper output) : IClassFixture<KestrelHostFactory>
{
    private const int Clients = 50;

    internal const string FileFinding = """
        mutation File($input: FileFindingInput!) {
          fileFinding(input: $input) { finding { id } errors { __typename ... on Error { message } } }
        }
        """;

    private static int Findings => int.TryParse(Environment.GetEnvironmentVariable("HAMAHANG_CONCURRENCY_FINDINGS"), out var n) && n > 0 ? n : 400;

    [Fact]
    public async Task FiftyClientsFileEveryFindingOnceThoughHalfOfThemRetry()
    {
        var inspection = await factory.IdAsync<Inspection>(q => q.Where(i => i.Kind == InspectionKind.Unannounced && i.Title.Contains("شبکه ناظرین")));
        var keys = new List<string>();
        for (var i = 0; i < Clients; i++)
        {
            keys.Add(await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou"));
        }

        var run = Guid.NewGuid().ToString("N")[..8];
        var before = await factory.ReadAsync(db => db.Findings.CountAsync());
        var failures = new ConcurrentBag<string>();
        var ids = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = factory.Address };

        // Client c files findings c, c + 50, c + 100, ...; every other one is sent twice with the same key, the second
        // time at once, as a client whose first answer was lost would.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var n = client; n < Findings; n += Clients)
            {
                var key = $"concurrency-{run}-{n}";
                var input = new { inspectionId = inspection, category = "PROBLEM", severity = "LOW", channel = "FIELD", title = $"یافته همزمان {n}",
                    idempotencyKey = key };
                var attempts = n % 2 == 0 ? 2 : 1;
                var answers = await Task.WhenAll(Enumerable.Range(0, attempts).Select(_ => PostAsync(http, keys[client], input)));
                Interlocked.Add(ref sent, attempts);
                foreach (var answer in answers)
                {
                    if (answer.Status != System.Net.HttpStatusCode.OK || answer.HasErrors || answer.PayloadErrors("fileFinding").Count > 0)
                    {
                        failures.Add(answer.ToString());
                        continue;
                    }

                    ids.GetOrAdd(key, _ => []).Add(answer.At("fileFinding.finding.id").GetString()!);
                }
            }
        })));

        var written = await factory.ReadAsync(db => db.Findings.Where(f => f.Title.StartsWith("یافته همزمان"))
            .Select(f => f.Id).ToListAsync());
        var entityKeys = written.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audited = await factory.ReadAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Finding) && a.Operation == AuditOperation.Insert
            && entityKeys.Contains(a.EntityKey)));
        var filed = written.Count;
        var line = $"concurrency: {Clients} clients, {Findings} findings, {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"failed answers: {failures.Count}, findings written: {filed} (was {before} in all), audit entries: {audited}, "
            + $"keys answered with two different findings: {ids.Count(p => p.Value.Distinct().Count() > 1)}";
        output.WriteLine(line);
        Console.WriteLine(line);

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.Equal(Findings, filed);
        Assert.Equal(Findings, audited);
        Assert.Equal(Findings, ids.Count);
        Assert.All(ids.Values, answered => Assert.Single(answered.Distinct()));
    }

    [Fact]
    public async Task OfTwentyUpdatesAtOneVersionExactlyOneWins()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var organization = await factory.ReadAsync(db => db.Organizations.SingleAsync(o => o.NameEn == "District 19 Municipality"));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 20 }) { BaseAddress = factory.Address };
        const string Update = """
            mutation ($input: UpdateOrganizationInput!) {
              updateOrganization(input: $input) { organization { version name } errors { __typename } }
            }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PostAsync(http, admin, new
        {
            id = Hamahang.Api.Commands.Ids.Of(nameof(Organization), organization.Id),
            version = organization.Version,
            name = $"{organization.Name} ({i})",
            nameEn = organization.NameEn,
            kind = "MUNICIPALITY",
            level = "DISTRICT",
            parentId = Hamahang.Api.Commands.Ids.Of(nameof(Organization), organization.ParentId!.Value),
            districtId = Hamahang.Api.Commands.Ids.Of(nameof(District), organization.DistrictId!.Value),
        }, Update)));

        Assert.All(answers, a => Assert.False(a.HasErrors, a.ToString()));
        var outcomes = answers.Select(a => a.PayloadErrors("updateOrganization") is { Count: > 0 } errors ? errors[0].Type : "won").ToList();
        Assert.Equal(1, outcomes.Count(o => o == "won"));
        Assert.Equal(19, outcomes.Count(o => o == "ConcurrencyError"));
        var stored = await factory.ReadAsync(db => db.Organizations.SingleAsync(o => o.Id == organization.Id));
        Assert.Equal(organization.Version + 1, stored.Version);
        var winner = answers.Single(a => a.PayloadErrors("updateOrganization").Count == 0);
        Assert.Equal(stored.Name, winner.At("updateOrganization.organization.name").GetString());
    }

    private static Task<GraphQLResponse> PostAsync(HttpClient http, string key, object input, string query = FileFinding) =>
        http.PostGraphQLAsync(query, key, new { input });
}
