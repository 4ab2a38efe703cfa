using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data.LegacyMigrations;

/// <summary>
/// The model on SQLite with the hand-written migrations in this folder: a host of before 2026-12-02. What the model
/// gained since (a decision's kind, an owner's person, due-date changes and progress notes) is left out, as that
/// host did not have it; a decision's status, not null then, is written as OPEN where the seed leaves it unstated.
/// </summary>
public sealed class LegacySqliteContext : AppDbContext
{
    public LegacySqliteContext(string connectionString)
        : base(Options(connectionString), new CurrentActor(), TimeProvider.System) =>
        SavingChanges += (_, _) =>
        {
            foreach (var entry in ChangeTracker.Entries<Decision>().Where(e => e.State == EntityState.Added && e.Entity.Status is null))
            {
                entry.Entity.Status = DecisionStatus.Open;
            }
        };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Ignore<DecisionNote>();
        modelBuilder.Ignore<DecisionDueDateChange>();
        modelBuilder.Entity<Decision>().Ignore(d => d.Kind);
        modelBuilder.Entity<DecisionOwner>().Ignore(o => o.Person);
        modelBuilder.Entity<DecisionOwner>().Ignore(o => o.PersonId);
    }

    private static DbContextOptions<AppDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(LegacySqliteContext).Assembly.GetName().Name))
            .Options;
}
