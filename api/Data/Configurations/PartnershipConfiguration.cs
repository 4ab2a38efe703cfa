using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(Lengths.Text);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Instruction).HasMaxLength(Lengths.Text);
        builder.HasOne(p => p.SupportedOrganization).WithMany().HasForeignKey(p => p.SupportedOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Counterparts).WithOne(c => c.Partnership).HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.District).WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
