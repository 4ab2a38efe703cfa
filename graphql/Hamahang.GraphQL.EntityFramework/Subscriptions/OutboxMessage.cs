namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>
/// One subscription event in the outbox table: written in the same transaction as the change that raised it,
/// read by every host (in order of <see cref="Id"/>) and delivered to that host's subscribers of <see cref="Topic"/>.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The identity the database assigns; hosts read rows in its order.</summary>
    public long Id { get; set; }

    /// <summary>The topic subscribers listen to.</summary>
    public string Topic { get; set; } = string.Empty;

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>When the event was raised (UTC); rows older than the retention are deleted.</summary>
    public DateTime CreatedAt { get; set; }
}
