using System.Net;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.AspNetCore.Tests.WebSockets;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.AspNetCore.Tests.Subscriptions;

/// <summary>
/// Subscription events through the database outbox: two hosts on one SQLite file, an event raised on one
/// (in the transaction of the change that raised it) reaches a subscriber of the other; an event whose change
/// is never saved reaches nobody.
/// </summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"hamahang-outbox-{Guid.NewGuid():N}.db");
    private TestHost _first = null!;
    private TestHost _second = null!;

    public async Task InitializeAsync()
    {
        await using (var context = new OutboxTestDbContext(Options()))
        {
            await context.Database.EnsureCreatedAsync();
        }

        _first = await StartAsync();
        _second = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task AnEventRaisedOnOneHostReachesASubscriberOfTheOther()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_second);
        await socket.SendAsync("""{"id":"n","type":"subscribe","payload":{"query":"subscription { onMessage(topic: \"notes\") }"}}""");
        await WaitForSubscriberAsync(_second, "notes");

        var saved = await HttpExchange.PostAsync(_first.Client, """{"query":"mutation { addNote(text: \"from the first host\") }"}""");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.True(saved.Json!["data"]!["addNote"]!.GetValue<bool>(), saved.Text);

        var next = (await socket.ReceiveAsync())!;
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("from the first host", next["payload"]!["data"]!["onMessage"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEventWhoseChangeIsNotSavedReachesNobody()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_second);
        await socket.SendAsync("""{"id":"n","type":"subscribe","payload":{"query":"subscription { onMessage(topic: \"notes\") }"}}""");
        await WaitForSubscriberAsync(_second, "notes");

        await HttpExchange.PostAsync(_first.Client, """{"query":"mutation { addNote(text: \"never saved\", save: false) }"}""");
        await HttpExchange.PostAsync(_first.Client, """{"query":"mutation { addNote(text: \"saved\") }"}""");

        Assert.Equal("saved", (await socket.ReceiveAsync())!["payload"]!["data"]!["onMessage"]!.GetValue<string>());
        await using var context = new OutboxTestDbContext(Options());
        Assert.Equal(["saved"], await context.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(1, await context.Set<OutboxMessage>().CountAsync());
    }

    private static async Task WaitForSubscriberAsync(TestHost host, string topic)
    {
        var bus = host.Services.GetRequiredService<InMemoryTopicBus>();
        for (var i = 0; i < 200 && bus.SubscriberCount(topic) == 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(1, bus.SubscriberCount(topic));
    }

    private DbContextOptions<OutboxTestDbContext> Options() =>
        new DbContextOptionsBuilder<OutboxTestDbContext>().UseSqlite($"Data Source={_database}").Options;

    private Task<TestHost> StartAsync() => TestHost.StartAsync(
        schema: () => SchemaBuilder.New().AddType<TestQueries>().AddType<NoteMutations>().AddType<TestSubscriptions>().Create(),
        configure: services =>
        {
            services.AddDbContext<OutboxTestDbContext>(options => options.UseSqlite($"Data Source={_database}"));
            services.AddGraphQLOutbox<OutboxTestDbContext>(new OutboxOptions { PollingInterval = TimeSpan.FromMilliseconds(50) });
        });
}

#pragma warning disable CA1822 // Resolver classes are instantiated by the schema, as an application's are.
[MutationType]
public sealed class NoteMutations
{
    /// <summary>Saves a note and raises its event in the same SaveChanges (or neither, when <paramref name="save"/> is false).</summary>
    public async Task<bool> AddNote(string text, bool? save, [Service] OutboxTestDbContext context, [Service] ITopicEventSender events)
    {
        context.Notes.Add(new Note { Text = text });
        await events.SendAsync("notes", text);
        if (save is false)
        {
            return false;
        }

        await context.SaveChangesAsync();
        return true;
    }
}
