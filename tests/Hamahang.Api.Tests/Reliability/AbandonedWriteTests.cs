using System.Diagnostics;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.Api.Tests.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>The host with a <see cref="HeldCommit"/>: a save can be held open, its write lock (and its writer's turn) held.</summary>
public sealed class HeldCommitHostFactory : HostFactory
{
    public HeldCommit Held { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Held];
}

/// <summary>
/// A client that leaves while its write is open (its transaction begun, SQLite's write lock and the host's write turn
/// held) costs the next writer nothing: the abandoned write ends whole or not at all, gives the turn back, and the next
/// one, waiting behind it, is answered.
/// </summary>
public sealed class AbandonedWriteTests(HeldCommitHostFactory factory) : IClassFixture<HeldCommitHostFactory>
{
    [Fact]
    public async Task AClientLeavingMidWriteLeavesTheFileToTheNextWriter()
    {
        var inspection = await factory.IdAsync<Inspection>(q => q.Where(i => i.Kind == InspectionKind.Unannounced && i.Title.Contains("شبکه ناظرین")));
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        object Input(string title) => new { input = new { inspectionId = inspection, category = "PROBLEM", severity = "LOW", channel = "FIELD", title } };
        var release = new TaskCompletionSource();
        var reached = factory.Held.Hold(
            context => context.ChangeTracker.Entries<Finding>().Any(e => e.Entity.Title == "یافته رها شده"), release.Task);

        using var leave = new CancellationTokenSource();
        using var leaving = factory.CreateClient();
        var abandoned = leaving.PostGraphQLAsync(ConcurrentWritesTests.FileFinding, key, Input("یافته رها شده"), leave.Token);
        await reached; // its finding, history and audit rows are written, uncommitted
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        var next = factory.PostAsync(ConcurrentWritesTests.FileFinding, key, Input("یافته بعدی"));
        release.SetResult();
        var answer = await next;

        Assert.False(answer.HasErrors, answer.ToString());
        Assert.Empty(answer.PayloadErrors("fileFinding"));
        var (findings, audited) = await factory.ReadAsync(async db =>
        {
            var ids = await db.Findings.Where(f => f.Title == "یافته رها شده").Select(f => f.Id).ToListAsync();
            var keys = ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return (ids.Count, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Finding) && keys.Contains(a.EntityKey)));
        });
        Assert.Equal(findings, audited); // whole or not at all
        Assert.InRange(findings, 0, 1);
        if (factory.Database.Provider == DatabaseOptions.Sqlite)
        {
            // The abandoned request ends on the server in its own time; it gives the file's turn back when it does.
            var turns = SqliteWriteTurns.For(factory.Database.ConnectionString)!;
            var waited = Stopwatch.StartNew();
            while (turns.Held && waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(50);
            }

            Assert.False(turns.Held, "the abandoned write kept the file's turn");
        }
    }
}
