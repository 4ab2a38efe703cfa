using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MeetingDistrictConfiguration : IEntityTypeConfiguration<MeetingDistrict>
{
    public void Configure(EntityTypeBuilder<MeetingDistrict> builder)
    {
        builder.HasIndex(x => new { x.MeetingId, x.DistrictId }).IsUnique();
        builder.HasOne(x => x.Meeting).WithMany(m => m.Districts).HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.District).WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
