using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.EntityFramework.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hamahang.Api.Data;

/// <summary>
/// The one database context. Every save stamps timestamps, versions and normalised columns,
/// and writes an <see cref="AuditEntry"/> per changed record in the same transaction.
/// Abstract: each provider has its own context type (<see cref="Providers.DatabaseProvider"/>), which finds
/// that provider's migrations.
/// Pooled (<see cref="Providers.AppDbContextFactory"/>): a pooled instance serves many scopes, so the caller and
/// clock are not constructor arguments but given on each lease (<see cref="Lease"/>) and dropped when the
/// context is disposed, that is returned to the pool.
/// </summary>
public abstract class AppDbContext : DbContext
{
    private Caller? caller;
    private TimeProvider clock = TimeProvider.System;

    /// <summary>A context for the pool: it has no caller until it is leased.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>A context of its own (commands, tests, design time), recording <paramref name="caller"/>.</summary>
    protected AppDbContext(DbContextOptions options, Caller caller, TimeProvider clock)
        : base(options) => Lease(caller, clock);

    /// <summary>The caller the context records, read when it saves; none between leases.</summary>
    internal Caller? LeasedCaller => caller;

    public DbSet<District> Districts => Set<District>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<PartnershipCounterpart> PartnershipCounterparts => Set<PartnershipCounterpart>();

    public DbSet<OrganizationCapacity> OrganizationCapacities => Set<OrganizationCapacity>();

    public DbSet<OrganizationServiceArea> OrganizationServiceAreas => Set<OrganizationServiceArea>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignPhase> CampaignPhases => Set<CampaignPhase>();

    public DbSet<CampaignServicePoint> CampaignServicePoints => Set<CampaignServicePoint>();

    public DbSet<CampaignServicePointSite> CampaignServicePointSites => Set<CampaignServicePointSite>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingDistrict> MeetingDistricts => Set<MeetingDistrict>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();

    public DbSet<SiteVisit> SiteVisits => Set<SiteVisit>();

    public DbSet<MeetingTag> MeetingTags => Set<MeetingTag>();

    public DbSet<SiteVisitPhoto> SiteVisitPhotos => Set<SiteVisitPhoto>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Minutes> Minutes => Set<Minutes>();

    public DbSet<MinutesSection> MinutesSections => Set<MinutesSection>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<DecisionOwner> DecisionOwners => Set<DecisionOwner>();

    public DbSet<DecisionDueDateChange> DecisionDueDateChanges => Set<DecisionDueDateChange>();

    public DbSet<DecisionNote> DecisionNotes => Set<DecisionNote>();

    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionInspector> InspectionInspectors => Set<InspectionInspector>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<FindingHistoryEntry> FindingHistory => Set<FindingHistoryEntry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Gives the context the scope it now serves: who its saves are recorded as, and the clock that stamps them.</summary>
    internal AppDbContext Lease(Caller current, TimeProvider time)
    {
        caller = current ?? throw new ArgumentNullException(nameof(current));
        clock = time ?? throw new ArgumentNullException(nameof(time));
        return this;
    }

    // Disposing a pooled context returns it to the pool: it forgets the scope it served.
    public override void Dispose()
    {
        caller = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        caller = null;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Begins the transaction of a write (on SQLite, <c>BEGIN IMMEDIATE</c>: it holds the write lock until it ends). Every
    /// write transaction the API begins comes from here, so a provider's context can order its writers (SQLite's,
    /// <see cref="Providers.SqliteWriteTurns"/>).
    /// </summary>
    public virtual Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken = default) =>
        Database.BeginTransactionAsync(cancellationToken);

    /// <inheritdoc cref="BeginWriteAsync" />
    public virtual IDbContextTransaction BeginWrite() => Database.BeginTransaction();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveWithAuditAsync(acceptAllChangesOnSuccess, sync: true, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveWithAuditAsync(acceptAllChangesOnSuccess, sync: false, cancellationToken);

    /// <summary>
    /// Saves the change, then what <paramref name="then"/> adds once the saved records have their keys (a subscription
    /// event naming them), in the same save as the change's audit entries: one round trip, not two, inside the caller's
    /// transaction (the write lock). What <paramref name="then"/> adds is not audited. Without it, the save is
    /// <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>.
    /// </summary>
    internal Task<int> SaveChangesAsync(Action? then, CancellationToken cancellationToken) =>
        SaveWithAuditAsync(acceptAllChangesOnSuccess: true, sync: false, cancellationToken, then);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        Configurations.MinutesConfiguration.ForProvider(modelBuilder, Database.IsSqlServer());
        // Subscription events, written in the same transaction as the change that raises them.
        modelBuilder.AddGraphQLOutbox();
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            entity.FindProperty(nameof(Entity.Version))!.IsConcurrencyToken = true;
        }
    }

    // Inserted rows get their keys from the database, so their audit entries are written by a
    // second statement batch; one transaction holds both, so a failing save writes no audit.
    private async Task<int> SaveWithAuditAsync(bool acceptAllChangesOnSuccess, bool sync, CancellationToken cancellationToken, Action? then = null)
    {
        if (!acceptAllChangesOnSuccess)
        {
            throw new NotSupportedException("Saves are audited and always accept their changes.");
        }

        var who = (caller ?? throw new InvalidOperationException("The context has no caller: take contexts from IDbContextFactory<AppDbContext>.")).Name;
        DomainRules.Check(ChangeTracker);
        FindingHistoryRecorder.Record(ChangeTracker, who);
        ChangeStamper.Stamp(ChangeTracker, clock.GetUtcNow().UtcDateTime);
        var trail = AuditTrail.Capture(ChangeTracker);
        if (trail.IsEmpty && then is null)
        {
            return sync ? base.SaveChanges(true) : await base.SaveChangesAsync(true, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null
            ? sync ? BeginWrite() : await BeginWriteAsync(cancellationToken)
            : null;
        try
        {
            // Inside the transaction, which holds SQLite's write lock: positions follow commit order.
            await MinutesPositions.AssignAsync(this, sync, cancellationToken);
            var count = sync ? base.SaveChanges(true) : await base.SaveChangesAsync(true, cancellationToken);
            AuditEntries.AddRange(trail.ToEntries(who));
            then?.Invoke();
            ChangeStamper.Stamp(ChangeTracker, clock.GetUtcNow().UtcDateTime);
            _ = sync ? base.SaveChanges(true) : await base.SaveChangesAsync(true, cancellationToken);
            if (transaction is not null)
            {
                if (sync)
                {
                    transaction.Commit();
                }
                else
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }

            return count;
        }
        finally
        {
            if (transaction is not null)
            {
                if (sync)
                {
                    transaction.Dispose();
                }
                else
                {
                    await transaction.DisposeAsync();
                }
            }
        }
    }
}
