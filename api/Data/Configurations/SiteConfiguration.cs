using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Lengths.Name);
        builder.Property(s => s.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(s => s.Address).HasMaxLength(Lengths.Text);
        builder.HasNormalizedColumn(s => s.Name, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(s => s.Address, Lengths.Text);
        builder.HasOne(s => s.District).WithMany(d => d.Sites).HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
