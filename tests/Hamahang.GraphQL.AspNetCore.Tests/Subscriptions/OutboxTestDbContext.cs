using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.GraphQL.AspNetCore.Tests.Subscriptions;

/// <summary>An application's DbContext as the outbox expects it: its own entities plus <c>AddGraphQLOutbox()</c>.</summary>
public sealed class OutboxTestDbContext(DbContextOptions<OutboxTestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddGraphQLOutbox();
}

public sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
