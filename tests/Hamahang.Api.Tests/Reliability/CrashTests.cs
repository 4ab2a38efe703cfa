using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// The host, as its own process on a SQLite file, is killed with SIGKILL in the middle of a stream of writes and
/// started again on the same file: it opens, every acknowledged write is there, nothing is half-written (a finding
/// without its history or audit entry, or without the outbox event that announces it), and the outbox holds events
/// for committed findings only.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Title = "یافته پیش از قطع برق";

    private const string FileFinding = """
        mutation File($input: FileFindingInput!) {
          fileFinding(input: $input) { finding { id } errors { __typename } }
        }
        """;

    private readonly TempDatabase database = new(DatabaseOptions.Sqlite);

    [Fact]
    public async Task AHostKilledMidWriteReopensWithEveryAcknowledgedWriteAndNoHalfOfAny()
    {
        // The first start seeds the file; the inspector key is made with the host's own command.
        var (inspection, amanlou) = await SeedAsync();
        var key = await KeyAsync(amanlou);

        var acknowledged = new ConcurrentDictionary<string, string>();
        var sent = 0;
        using (var host = await HostAsync())
        {
            using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                for (var n = w; !stop.IsCancellationRequested; n += 8)
                {
                    Interlocked.Increment(ref sent);
                    var idempotencyKey = $"crash-{n}";
                    try
                    {
                        var variables = new { input = FindingInput(inspection, $"{Title} {n}", idempotencyKey) };
                        var response = await http.PostGraphQLAsync(FileFinding, key, variables);
                        if (response.At("fileFinding.finding") is { ValueKind: JsonValueKind.Object } finding)
                        {
                            acknowledged[idempotencyKey] = finding.GetProperty("id").GetString()!;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or IOException)
                    {
                        return; // the host is gone: this write may or may not have committed
                    }
                }
            })).ToList();

            while (acknowledged.Count < 40)
            {
                await Task.Delay(20);
            }

            host.Kill(); // SIGKILL: no shutdown, no flush, whatever was in flight is cut
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using var restarted = await HostAsync();
        await using var db = database.CreateContext();
        Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync() is [var check] ? check : "several");
        var findings = await db.Findings.Where(f => f.Title.StartsWith(Title)).Select(f => new { f.Id, f.Title, History = f.History.Count() }).ToListAsync();
        var ids = findings.Select(f => f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(Finding) && a.Operation == AuditOperation.Insert && ids.Contains(a.EntityKey))
            .CountAsync();
        var announced = (await db.Set<Hamahang.GraphQL.EntityFramework.Subscriptions.OutboxMessage>().Where(m => m.Topic.StartsWith("findingFiled:"))
            .Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement.EnumerateObject().First(x => x.Name.Equals("findingId", StringComparison.OrdinalIgnoreCase))
                .Value.GetInt32())
            .Where(id => findings.Any(f => f.Id == id)).Count();
        var line = $"crash: {sent} writes sent, {acknowledged.Count} acknowledged before SIGKILL, {findings.Count} committed; "
            + $"after restart: integrity ok, acknowledged missing: " +
                $"{acknowledged.Keys.Count(k => !findings.Any(f => f.Title == $"{Title} {k["crash-".Length..]}"))}, "
            + $"without history: {findings.Count(f => f.History != 1)}, audit entries: {audited}, outbox events for them: {announced}";
        output.WriteLine(line);
        Console.WriteLine(line);

        Assert.All(acknowledged.Keys, k => Assert.Contains(findings, f => f.Title == $"{Title} {k["crash-".Length..]}"));
        Assert.Equal(findings.Count, findings.Select(f => f.Title).Distinct().Count());
        Assert.All(findings, f => Assert.Equal(1, f.History));
        Assert.Equal(findings.Count, audited);
        Assert.Equal(findings.Count, announced);

        // The restarted host serves, and a retry of an acknowledged write still answers its finding.
        var (retryKey, retryId) = acknowledged.First();
        using var client = new HttpClient { BaseAddress = restarted.Address };
        var answer = await client.PostGraphQLAsync(FileFinding, key,
            new { input = FindingInput(inspection, $"{Title} {retryKey["crash-".Length..]}", retryKey) });
        Assert.Equal(retryId, answer.At("fileFinding.finding.id").GetString());
    }

    private static object FindingInput(string inspection, string title, string idempotencyKey) =>
        new { inspectionId = inspection, category = "PROBLEM", severity = "LOW", channel = "FIELD", title, idempotencyKey };

    private async Task<(string Inspection, int Person)> SeedAsync()
    {
        var (exit, _, error) = await RunAsync(TimeSpan.FromMinutes(2), "keys", "list");
        Assert.True(exit == 0, error);
        await using var db = database.CreateContext();
        var inspection = await db.Inspections.Where(i => i.Kind == InspectionKind.Unannounced).Select(i => i.Id).FirstAsync();
        var person = await db.People.Where(p => p.FullNameEn == "Hossein Amanlou").Select(p => p.Id).SingleAsync();
        return (Hamahang.Api.Commands.Ids.Of(nameof(Inspection), inspection), person);
    }

    private async Task<string> KeyAsync(int person)
    {
        var (exit, text, error) = await RunAsync(TimeSpan.FromMinutes(2), "keys", "create", "--role", "Inspector", "--person",
            person.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, error);
        return text.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("hmh_", StringComparison.Ordinal));
    }

    private async Task<HostProcess> HostAsync()
    {
        var port = FreePort();
        var host = new HostProcess(Start($"http://127.0.0.1:{port}"), new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = host.Address };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                if ((await http.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative))).StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        host.Dispose();
        throw new TimeoutException("the host did not start");
    }

    private Process Start(string urls, params string[] args)
    {
        var start = HostCommand.For(database, args);
        start.Environment["ASPNETCORE_URLS"] = urls;
        start.Environment["RateLimits__Enabled"] = "false";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] args)
    {
        var start = HostCommand.For(database, args);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await text, await error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => database.Dispose();

    private sealed class HostProcess(Process process, Uri address) : IDisposable
    {
        public Uri Address { get; } = address;

        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                Kill();
            }

            process.Dispose();
        }
    }
}
