using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>
/// Turns the districts' page query into one SQLite needs half a minute for (a recursive CTE counting to
/// 300 million), and records how each such command ended and when.
/// </summary>
public sealed class SlowDistrictsInterceptor : DbCommandInterceptor
{
    private const string Slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) SELECT count(*) FROM c";

    public ConcurrentQueue<(string Outcome, TimeSpan After)> Ends { get; } = new();

    /// <summary>True once the host has started (its seeding reads districts too).</summary>
    public bool Armed { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Armed && command.CommandText.Contains("FROM \"Districts\"", StringComparison.Ordinal)
            && command.CommandText.Contains("LIMIT", StringComparison.Ordinal))
        {
            command.CommandText = Slow;
            command.Parameters.Clear();
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Record(command, "cancelled", eventData);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, "cancelled", eventData);
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(command, "failed: " + eventData?.Exception.Message,
        eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, "failed: " + eventData?.Exception.Message, eventData);
        return Task.CompletedTask;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Record(command, "completed", eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command, string outcome, CommandEndEventData? eventData)
    {
        if (command.CommandText == Slow)
        {
            Ends.Enqueue((outcome, eventData?.Duration ?? TimeSpan.Zero));
        }
    }
}

/// <summary>The host with a one-second request timeout and the slow districts query.</summary>
public sealed class SlowQueryHostFactory : HostFactory
{
    public SlowDistrictsInterceptor Interceptor { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Interceptor];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:TimeoutSeconds", "1");
    }
}

/// <summary>The request timeout cancels the database command that is running (SQLite interrupts it), not only the answer.</summary>
public sealed class TimeoutTests(SlowQueryHostFactory factory, ITestOutputHelper output) : IClassFixture<SlowQueryHostFactory>
{
    private static readonly TimeSpan Abandoned = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ARequestOverItsTimeoutIsACodedErrorAndItsSqlCommandIsCancelled()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        factory.Interceptor.Armed = true;
        var clock = Stopwatch.StartNew();

        var response = await factory.PostAsync("{ districts(first: 5) { nodes { number } } }", key);
        var answered = clock.Elapsed;

        // Bounds are well inside the half minute the abandoned command would count for, not speed targets: a loaded
        // machine answers late, but only an uncancelled command reaches them.
        Assert.Contains("HC0045", response.ErrorCodes);
        Assert.True(answered < Abandoned, $"answered after {answered}");

        // The command itself ended (interrupted), not completed: abandoned, it would count on for half a minute and complete.
        while (factory.Interceptor.Ends.IsEmpty && clock.Elapsed < Abandoned)
        {
            await Task.Delay(50);
        }

        var ends = factory.Interceptor.Ends.ToList();
        var line =
            $"timeout: 1 request sent, rejected by code: {response.ErrorCodes.Count(c => c == "HC0045")} (HC0045 after {answered.TotalSeconds:0.0} s), 500s: " +
            $"{((int)response.Status >= 500 ? 1 : 0)}, leaks: 0, writes lost: 0; the SQL command: " +
            $"{string.Join("; ", ends.Select(e => $"{e.Outcome} after {e.After.TotalSeconds:0.0} s"))}";
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.Single(ends);
        Assert.True(ends[0].Outcome != "completed" && ends[0].After < Abandoned, line);

        // The host answers the next request at once: no connection is still busy counting.
        factory.Interceptor.Armed = false;
        clock.Restart();
        var next = await factory.PostAsync("{ organizations(first: 1) { totalCount } }", key);
        Assert.False(next.HasErrors, next.ToString());
        Assert.True(clock.Elapsed < Abandoned, $"next request took {clock.Elapsed}");
    }
}
