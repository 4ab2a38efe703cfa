using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> builder)
    {
        builder.HasIndex(m => new { m.MeetingId, m.Revision }).IsUnique();
        builder.Property(m => m.PublishedAtPrecision).HasDefaultValue(DatePrecision.Time);
        // Integrators pull minutes changed since a point in time, in key order.
        builder.HasIndex(m => new { m.UpdatedAt, m.Id });
        // Integrators page on the publication position; two publications never share one.
        builder.HasIndex(m => m.PublicationPosition).IsUnique();
        builder.HasOne(m => m.Meeting).WithMany(m => m.Minutes).HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Amends).WithMany().HasForeignKey(m => m.AmendsId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>
    /// What the publication position is on each provider (<see cref="MinutesPositions"/>). SQL Server: the row's
    /// rowversion, which the server moves on every write of the row (a published revision is never written again), and
    /// the frontier is <c>MIN_ACTIVE_ROWVERSION()</c>, below which every value is committed. SQLite: a column the save
    /// sets under the write lock, so every committed value is final (<see cref="MinutesPositions.FrontierAsync"/>).
    /// </summary>
    public static void ForProvider(ModelBuilder modelBuilder, bool sqlServer)
    {
        if (sqlServer)
        {
            modelBuilder.Entity<Minutes>().Property(m => m.PublicationPosition)
                .IsRowVersion().IsConcurrencyToken(false).HasColumnType("rowversion").IsRequired().HasConversion<byte[]>();
        }
    }
}
