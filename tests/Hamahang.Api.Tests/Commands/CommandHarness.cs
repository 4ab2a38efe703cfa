using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.Domain;
using Hamahang.Api.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Commands;

/// <summary>
/// The write side's services over a migrated, seeded temp SQLite database, without the HTTP host: each call
/// runs in a scope of its own, as one request of the given caller would.
/// </summary>
public sealed class CommandHarness : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly ServiceProvider provider;

    public CommandHarness()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<AppDbContext>(sp => database.CreateContext(sp.GetRequiredService<ICurrentActor>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<Seeder>();
        services.AddHamahangWrites();
        provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
        scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync().GetAwaiter().GetResult();
    }

    public static Actor Admin { get; } = new("apikey:1:Admin", ApiKeyRole.Admin, 1);

    public static Actor Editor(int key = 2) => new($"apikey:{key}:Editor", ApiKeyRole.Editor, key);

    public static Actor Partner(int organizationId) => new("apikey:3:Partner", ApiKeyRole.Partner, 3, OrganizationId: organizationId);

    public Actor Inspector(string fullNameEn, int key = 4) =>
        new($"apikey:{key}:Inspector", ApiKeyRole.Inspector, key, PersonId: Read(db => db.People.Single(p => p.FullNameEn == fullNameEn).Id));

    public async Task<T> As<TCommands, T>(Actor actor, Func<TCommands, Task<T>> run)
        where TCommands : CommandService
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Actor = actor;
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

    public string IdOf<T>(Func<AppDbContext, int> key) => Ids.Of(typeof(T).Name, Read(key));

    public void Dispose()
    {
        provider.Dispose();
        database.Dispose();
    }
}
