using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class OrganizationServiceAreaConfiguration : IEntityTypeConfiguration<OrganizationServiceArea>
{
    public void Configure(EntityTypeBuilder<OrganizationServiceArea> builder)
    {
        builder.HasIndex(a => new { a.OrganizationId, a.DistrictId }).IsUnique();
        builder.HasIndex(a => a.DistrictId);
        builder.HasOne(a => a.Organization).WithMany(o => o.ServiceAreas).HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.District).WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
