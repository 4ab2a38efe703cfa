using System.Text.Json;
using Hamahang.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>
/// Each host's reader of the outbox: starts at the newest row when the host starts, then every
/// <see cref="OutboxOptions.PollingInterval"/> reads the rows after the last one it read, in order of id, and
/// publishes each to this host's <see cref="InMemoryTopicBus"/>. An id skipped between two read ones (a transaction
/// that took it earlier and commits later) is looked for again until <see cref="OutboxOptions.GapTimeout"/>.
/// No server besides the database is needed, on any provider.
/// </summary>
/// <typeparam name="TContext">The DbContext whose model has the outbox.</typeparam>
public sealed partial class OutboxPoller<TContext> : BackgroundService
    where TContext : DbContext
{
    private const int MaxTrackedGap = 1_000;
    private readonly IServiceScopeFactory _scopes;
    private readonly InMemoryTopicBus _bus;
    private readonly OutboxOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<long, long> _gaps = [];
    private long? _lastId;
    private long _nextCleanup;

    /// <summary>Creates the poller.</summary>
    /// <param name="scopes">Creates a scope (and a DbContext) per read.</param>
    /// <param name="bus">This host's topic bus.</param>
    /// <param name="options">The polling options.</param>
    /// <param name="logger">The logger.</param>
    public OutboxPoller(IServiceScopeFactory scopes, InMemoryTopicBus bus, OutboxOptions options, ILogger<OutboxPoller<TContext>> logger)
    {
        _scopes = scopes;
        _bus = bus;
        _options = options;
        _logger = logger;
    }

    /// <summary>The id of the last row read, or null before the first read.</summary>
    public long? LastId => _lastId;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollingInterval);
        do
        {
            try
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be unreachable for a moment, or not created yet: try again at the next tick.
                LogPollFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Reads and publishes the new rows once (only ever from <see cref="ExecuteAsync"/>, one read at a time); the number published.</summary>
    private async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var outbox = scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>();
            if (_lastId is not { } lastId)
            {
                _lastId = await outbox.MaxAsync(m => (long?)m.Id, cancellationToken).ConfigureAwait(false) ?? 0;
                return 0;
            }

            var gaps = _gaps.Keys.ToList();
            var rows = await outbox.AsNoTracking()
                .Where(m => m.Id > lastId || gaps.Contains(m.Id))
                .OrderBy(m => m.Id)
                .Take(_options.BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                Advance(row.Id);
                _bus.Publish(row.Topic, JsonSerializer.Deserialize<JsonElement>(row.Payload));
            }

            ExpireGaps();
            await CleanUpAsync(outbox, cancellationToken).ConfigureAwait(false);
            return rows.Count;
        }
    }

    private void Advance(long id)
    {
        if (_gaps.Remove(id) || id <= _lastId)
        {
            return;
        }

        if (id - _lastId!.Value <= MaxTrackedGap)
        {
            for (var missing = _lastId.Value + 1; missing < id; missing++)
            {
                _gaps[missing] = Environment.TickCount64;
            }
        }

        _lastId = id;
    }

    private void ExpireGaps()
    {
        var expired = Environment.TickCount64 - (long)_options.GapTimeout.TotalMilliseconds;
        foreach (var (id, since) in _gaps)
        {
            if (since < expired)
            {
                _gaps.Remove(id);
            }
        }
    }

    private async Task CleanUpAsync(DbSet<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 < _nextCleanup)
        {
            return;
        }

        _nextCleanup = Environment.TickCount64 + (long)Math.Max(_options.Retention.TotalMilliseconds / 10, 1_000);
        var cutoff = DateTime.UtcNow - _options.Retention;
        await outbox.Where(m => m.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the GraphQL outbox failed; retrying at the next tick.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
