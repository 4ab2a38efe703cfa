using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>
/// The model on SQLite with the hand-written migrations in this folder: a host of before 2026-12-02. What the model
/// gained since (a decision's kind, an owner's person, due-date changes and progress notes; sources, date precision,
/// archiving, visit photos, partnership details) is left out, as that host did not have it, so today's seed writes
/// the rows such a host could hold.
/// </summary>
public sealed class LegacySqliteContext(string connectionString) : AppDbContext(Options(connectionString), new Caller(), TimeProvider.System)
{
    private static DbContextOptions<AppDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(LegacySqliteContext).Assembly.GetName().Name))
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Ignore<DecisionNote>();
        modelBuilder.Ignore<DecisionDueDateChange>();
        modelBuilder.Ignore<Source>();
        modelBuilder.Ignore<SiteVisitPhoto>();
        modelBuilder.Ignore<PartnershipCounterpart>();
        modelBuilder.Ignore<CampaignServicePointSite>();
        modelBuilder.Ignore<CampaignServicePoint>();
        modelBuilder.Ignore<CampaignPhase>();
        modelBuilder.Ignore<Campaign>();
        modelBuilder.Ignore<OrganizationCapacity>();
        modelBuilder.Ignore<OrganizationServiceArea>();
        modelBuilder.Entity<Meeting>(m =>
        {
            m.Ignore(x => x.StartsAtPrecision).Ignore(x => x.StartsAtFromPublication).Ignore(x => x.SourceId);
        });
        modelBuilder.Entity<Decision>().Ignore(d => d.Kind).Ignore(d => d.SourceId);
        modelBuilder.Entity<Inspection>().Ignore(i => i.PlannedAtPrecision).Ignore(i => i.PlannedAtFromPublication).Ignore(i => i.SourceId);
        modelBuilder.Entity<DecisionOwner>().Ignore(o => o.Person).Ignore(o => o.PersonId);
        modelBuilder.Entity<Minutes>().Ignore(x => x.PublicationPosition).Ignore(x => x.PublishedAtPrecision);
        modelBuilder.Entity<Organization>().Ignore(x => x.ArchivedAt);
        modelBuilder.Entity<Person>().Ignore(x => x.ArchivedAt);
        modelBuilder.Entity<Site>().Ignore(x => x.ArchivedAt).Ignore(x => x.IsCityWide);
        modelBuilder.Entity<Partnership>(p => p.Ignore(x => x.SupportedOrganization).Ignore(x => x.SupportedOrganizationId).Ignore(x => x.IsLeading)
            .Ignore(x => x.StartsOn).Ignore(x => x.EndsOn).Ignore(x => x.Instruction));
    }

    // Those hosts required a start, a role and a decision's status: an undated meeting, an unstated role or status
    // is written as they would have.
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

        foreach (var decision in ChangeTracker.Entries<Decision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Where(d => d.Status is null))
        {
            decision.Status = DecisionStatus.Open;
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
