using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hamahang.Api.Tests.Performance;

/// <summary>
/// The host on its own database with a fixed clock and an outbox poller that polls once: nothing but the test
/// rents contexts from the pool after start-up.
/// </summary>
public sealed class QuietPoolHostFactory : HostFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedClock(Now));
            services.RemoveAll<OutboxOptions>();
            services.AddSingleton(new OutboxOptions { PollingInterval = TimeSpan.FromHours(1) });
        });
    }
}

/// <summary>
/// AppDbContext is pooled: a pooled instance serves scope after scope, so what it records (the actor, the clock)
/// comes with each lease, and nothing a scope tracked survives into the next.
/// </summary>
public sealed class ContextPoolTests(QuietPoolHostFactory factory) : IClassFixture<QuietPoolHostFactory>
{
    [Fact]
    public async Task APooledContextStampsTheCallerOfEachScopeItServesAndForgetsWhatTheLastOneTracked()
    {
        var district = await factory.ReadAsync(db => db.Districts.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        const string alice = "pool-test:alice";
        const string bob = "pool-test:bob";

        AppDbContext first;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Caller>().IdentifyAs(alice);
            first = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await first.Districts.SingleAsync(d => d.Id == district);
            row.AreaName = "renamed by alice";
            await first.SaveChangesAsync();
            // Left tracked and changed, never saved: the next scope must not see or save it.
            row.AreaName = "left unsaved by alice";
            first.Districts.Add(new District { Number = 9001, Name = "unsaved", NameEn = "unsaved" });
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Caller>().IdentifyAs(bob);
            var again = await RentAsync(scope.ServiceProvider, first);
            Assert.Empty(again.ChangeTracker.Entries());
            Assert.Same(scope.ServiceProvider.GetRequiredService<Caller>(), again.LeasedCaller);
            var row = await again.Districts.SingleAsync(d => d.Id == district);
            Assert.Equal("renamed by alice", row.AreaName);
            row.AreaName = "renamed by bob";
            await again.SaveChangesAsync();
        }

        var audit = await factory.ReadAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(District) && a.EntityKey == district.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(a => a.Actor.StartsWith("pool-test:"))
            .OrderBy(a => a.Id)
            .ToListAsync());
        Assert.Equal([alice, bob], audit.Select(a => a.Actor));
        Assert.All(audit, a => Assert.Equal(QuietPoolHostFactory.Now.UtcDateTime, a.CreatedAt));
        Assert.Equal("renamed by bob", await factory.ReadAsync(db => db.Districts.Where(d => d.Id == district).Select(d => d.AreaName).SingleAsync()));
        Assert.False(await factory.ReadAsync(db => db.Districts.AnyAsync(d => d.Number == 9001)));
    }

    [Fact]
    public async Task EveryResolutionInAScopeIsAContextOfItsOwnAndAllRecordTheScopesCaller()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contexts = Enumerable.Range(0, 4).Select(_ => scope.ServiceProvider.GetRequiredService<AppDbContext>()).ToList();
        Assert.Equal(contexts.Count, contexts.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.All(contexts, c => Assert.Same(scope.ServiceProvider.GetRequiredService<Caller>(), c.LeasedCaller));
    }

    [Fact]
    public async Task AContextReturnedToThePoolHasNoCaller()
    {
        AppDbContext returned;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            returned = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.NotNull(returned.LeasedCaller);
        }

        Assert.Null(returned.LeasedCaller);
    }

    // The pool hands its idle contexts out first in, first out (start-up returned some): rent until the one
    // the last scope used comes back; a pool that made a new context per scope never gives it.
    private static async Task<AppDbContext> RentAsync(IServiceProvider services, AppDbContext wanted)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            for (var i = 0; i < 64; i++)
            {
                var context = services.GetRequiredService<AppDbContext>();
                if (ReferenceEquals(context, wanted))
                {
                    return context;
                }
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The pool never handed the context back: contexts are not pooled.");
    }
}
