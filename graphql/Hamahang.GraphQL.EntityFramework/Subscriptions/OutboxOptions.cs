namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>How each host reads the outbox.</summary>
public sealed record OutboxOptions
{
    /// <summary>How often a host looks for new rows. Default 200 ms.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The most rows read per look. Default 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>
    /// How long an id missing between two read ids is looked for again: a transaction that took its identity
    /// earlier may commit later. Default 10 seconds; after that the gap is taken to be a rollback.
    /// </summary>
    public TimeSpan GapTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long rows are kept before a host deletes them. Default 1 hour.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(1);
}
