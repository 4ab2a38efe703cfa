using System.Data.Common;
using Hamahang.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>
/// Holds a save's transaction open just before it commits (its writes made, SQLite's write lock held, SQL Server's
/// rowversion taken) until the test lets it go, so another publish can race it every time, not by luck.
/// </summary>
public sealed class HeldCommit : DbTransactionInterceptor
{
    private (Func<DbContext, bool> When, TaskCompletionSource Reached, TaskCompletionSource Release)? armed;

    /// <summary>The next commit whose context matches <paramref name="when"/> waits for <paramref name="release"/>; the task says it got there.</summary>
    public Task Hold(Func<DbContext, bool> when, Task release)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        release.ContinueWith(_ => gate.TrySetResult(), TaskScheduler.Default);
        armed = (when, reached, gate);
        return reached.Task;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (armed is { } hold && eventData.Context is { } context && hold.When(context))
        {
            armed = null;
            hold.Reached.TrySetResult();
            await hold.Release.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }

        return result;
    }
}

/// <summary>
/// The host with a <see cref="RacingWrite"/> (before a save's transaction) and a <see cref="HeldCommit"/> (before its commit),
/// its writers not taking turns on the SQLite file, as <see cref="RacingHostFactory"/>.
/// </summary>
public sealed class PublishRaceHostFactory : HostFactory
{
    public RacingWrite Racing { get; } = new();

    public HeldCommit Held { get; } = new();

    protected override IEnumerable<IInterceptor> Interceptors => [Racing, Held];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:WriteTurns", "false");
    }
}
