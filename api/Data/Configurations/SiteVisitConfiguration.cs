using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class SiteVisitConfiguration : IEntityTypeConfiguration<SiteVisit>
{
    public void Configure(EntityTypeBuilder<SiteVisit> builder)
    {
        builder.Property(v => v.Notes).HasMaxLength(Lengths.Text);
        builder.HasOne(v => v.Meeting).WithMany(m => m.SiteVisits).HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Photos).WithOne(p => p.SiteVisit).HasForeignKey(p => p.SiteVisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Site).WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
