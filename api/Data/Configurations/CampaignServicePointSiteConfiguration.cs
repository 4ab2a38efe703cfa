using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class CampaignServicePointSiteConfiguration : IEntityTypeConfiguration<CampaignServicePointSite>
{
    public void Configure(EntityTypeBuilder<CampaignServicePointSite> builder)
    {
        builder.HasIndex(x => new { x.ServicePointId, x.SiteId }).IsUnique();
        builder.HasOne(x => x.Site).WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
