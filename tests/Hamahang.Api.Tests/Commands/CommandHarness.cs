using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Domain;
using Hamahang.Api.Extensions;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Commands;

/// <summary>
/// The write side's services over a migrated, seeded temp SQLite database, without the HTTP host: each call
/// runs in a scope of its own, as one request of the given key would.
/// </summary>
public sealed class CommandHarness : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly ServiceProvider provider;

    public CommandHarness()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Caller>();
        services.AddScoped<AppDbContext>(sp => database.CreateContext(sp.GetRequiredService<Caller>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<Seeder>();
        services.AddHamahangWrites();
        provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
        scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync().GetAwaiter().GetResult();
    }

    public static ApiKey Admin { get; } = Key(1, ApiKeyRole.Admin);

    public static ApiKey Editor(int key = 2) => Key(key, ApiKeyRole.Editor);

    public static ApiKey Partner(int organizationId) => Key(3, ApiKeyRole.Partner, organizationId: organizationId);

    public ApiKey Inspector(string fullNameEn, int key = 4) =>
        Key(key, ApiKeyRole.Inspector, personId: Read(db => db.People.Single(p => p.FullNameEn == fullNameEn).Id));

    /// <summary>A verified key as the interceptor hands it to <see cref="Caller.Identify"/>: the caller is <c>apikey:{id}:{role}</c>.</summary>
    public static ApiKey Key(int id, ApiKeyRole role, int? organizationId = null, int? personId = null) =>
        new() { Id = id, Role = role, OrganizationId = organizationId, PersonId = personId, Prefix = $"test{id}", Hash = "" };

    /// <summary>A scope's caller, identified by <paramref name="key"/>.</summary>
    public static Caller CallerOf(ApiKey key)
    {
        var caller = new Caller();
        caller.Identify(key);
        return caller;
    }

    public async Task<T> As<TCommands, T>(ApiKey key, Func<TCommands, Task<T>> run)
        where TCommands : CommandService
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Caller>().Identify(key);
        return await run(scope.ServiceProvider.GetRequiredService<TCommands>());
    }

    public T Read<T>(Func<AppDbContext, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var scope = provider.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Rows of every table that a write can touch, to prove a refused write wrote nothing.</summary>
    public (int Rows, int Audit) Counts() => Read(db => (
        db.Meetings.Count() + db.AgendaItems.Count() + db.MeetingAttendees.Count() + db.Decisions.Count() + db.Minutes.Count()
            + db.DecisionOwners.Count() + db.DecisionDueDateChanges.Count() + db.DecisionNotes.Count()
            + db.MinutesSections.Count() + db.WorkingGroups.Count() + db.WorkingGroupMembers.Count() + db.Inspections.Count()
            + db.Findings.Count() + db.FindingHistory.Count() + db.Organizations.Count() + db.People.Count() + db.Sites.Count()
            + db.IdempotencyRecords.Count(),
        db.AuditEntries.Count()));

    public void Dispose()
    {
        provider.Dispose();
        database.Dispose();
    }
}
