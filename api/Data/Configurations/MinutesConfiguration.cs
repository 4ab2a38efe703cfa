using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> builder)
    {
        builder.HasIndex(m => new { m.MeetingId, m.Revision }).IsUnique();
        // Integrators pull minutes changed since a point in time, in key order.
        builder.HasIndex(m => new { m.UpdatedAt, m.Id });
        builder.HasOne(m => m.Meeting).WithMany(m => m.Minutes).HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Amends).WithMany().HasForeignKey(m => m.AmendsId).OnDelete(DeleteBehavior.Restrict);
    }
}
