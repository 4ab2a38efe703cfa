using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Data;

/// <summary>The workshop's <c>ApplicationDbContext</c>, over SQLite in memory.</summary>
public class WorkshopDbContext(DbContextOptions<WorkshopDbContext> options) : DbContext(options)
{
    public DbSet<Attendee> Attendees => Set<Attendee>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<Speaker> Speakers => Set<Speaker>();

    public DbSet<Track> Tracks => Set<Track>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Attendee>().HasIndex(a => a.Username).IsUnique();
        modelBuilder.Entity<Session>().Ignore(s => s.Duration);
        modelBuilder.Entity<SessionAttendee>().HasKey(sa => new { sa.SessionId, sa.AttendeeId });
        modelBuilder.Entity<SessionSpeaker>().HasKey(ss => new { ss.SessionId, ss.SpeakerId });
    }
}
