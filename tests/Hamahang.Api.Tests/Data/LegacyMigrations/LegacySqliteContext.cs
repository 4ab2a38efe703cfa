using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>
/// The model on SQLite with the hand-written migrations in this folder: a host of before 2026-12-02. What the
/// model gained since is left out, so today's seed writes the rows such a host could hold.
/// </summary>
public sealed class LegacySqliteContext(string connectionString) : AppDbContext(Options(connectionString), new CurrentActor(), TimeProvider.System)
{
    private static DbContextOptions<AppDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(LegacySqliteContext).Assembly.GetName().Name))
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Ignore<Source>();
        modelBuilder.Ignore<SiteVisitPhoto>();
        modelBuilder.Ignore<PartnershipCounterpart>();
        modelBuilder.Entity<Meeting>(m =>
        {
            m.Ignore(x => x.StartsAtPrecision).Ignore(x => x.StartsAtFromPublication).Ignore(x => x.SourceId);
        });
        modelBuilder.Entity<Decision>().Ignore(x => x.SourceId);
        modelBuilder.Entity<Organization>().Ignore(x => x.ArchivedAt);
        modelBuilder.Entity<Person>().Ignore(x => x.ArchivedAt);
        modelBuilder.Entity<Site>().Ignore(x => x.ArchivedAt);
        modelBuilder.Entity<Partnership>(p => p.Ignore(x => x.SupportedOrganization).Ignore(x => x.SupportedOrganizationId).Ignore(x => x.IsLeading)
            .Ignore(x => x.StartsOn).Ignore(x => x.EndsOn).Ignore(x => x.Instruction));
    }

    // Those hosts required a start and a role: an undated meeting or an unstated role is written as they would have.
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var meeting in ChangeTracker.Entries<Meeting>().Select(e => e.Entity).Where(m => m.StartsAt is null))
        {
            meeting.StartsAt = DateTime.UnixEpoch;
        }

        foreach (var attendee in ChangeTracker.Entries<MeetingAttendee>().Select(e => e.Entity).Where(a => a.Role is null))
        {
            attendee.Role = AttendeeRole.Participant;
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
