using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>Adds the outbox to a DbContext's model, and events to a DbContext's change.</summary>
public static class OutboxModelBuilderExtensions
{
    /// <summary>The outbox's table name unless another is given.</summary>
    public const string DefaultTableName = "GraphQLOutbox";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Maps <see cref="OutboxMessage"/> to the table <paramref name="tableName"/> (an identity key, the topic, the JSON
    /// payload, the creation time with an index for the cleanup). Call from <c>OnModelCreating</c>; provider-neutral.
    /// </summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="tableName">The table's name.</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder AddGraphQLOutbox(this ModelBuilder modelBuilder, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable(tableName);
            entity.HasKey(m => m.Id);
            entity.Property(m => m.Id).ValueGeneratedOnAdd();
            entity.Property(m => m.Topic).IsRequired().HasMaxLength(256);
            entity.Property(m => m.Payload).IsRequired();
            entity.Property(m => m.CreatedAt).IsRequired();
            entity.HasIndex(m => m.CreatedAt);
        });
        return modelBuilder;
    }

    /// <summary>
    /// Adds an event for <paramref name="topic"/> to <paramref name="context"/>'s change: it is written by the next
    /// <c>SaveChanges</c>, in the same transaction as the rest of the change, and delivered by every host after that.
    /// </summary>
    /// <typeparam name="T">The payload's type; it is stored as JSON (web defaults: camelCase).</typeparam>
    /// <param name="context">A DbContext whose model has the outbox.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="payload">The event.</param>
    public static void AddTopicEvent<T>(this DbContext context, string topic, T payload)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(topic);
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Topic = topic,
            Payload = JsonSerializer.Serialize(payload, Json),
            CreatedAt = DateTime.UtcNow,
        });
    }
}
