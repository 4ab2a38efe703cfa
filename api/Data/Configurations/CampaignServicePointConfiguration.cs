using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class CampaignServicePointConfiguration : IEntityTypeConfiguration<CampaignServicePoint>
{
    public void Configure(EntityTypeBuilder<CampaignServicePoint> builder)
    {
        builder.Property(s => s.Notes).HasMaxLength(Lengths.Text);
        builder.HasIndex(s => new { s.PhaseId, s.Kind }).IsUnique();
        builder.HasMany(s => s.Sites).WithOne(x => x.ServicePoint).HasForeignKey(x => x.ServicePointId).OnDelete(DeleteBehavior.Cascade);
    }
}
