using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(Lengths.Name);
        builder.Property(g => g.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(g => g.Specialty).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(g => g.Name, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(g => g.Specialty, Lengths.Name);
        builder.HasOne(g => g.District).WithMany().HasForeignKey(g => g.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.PartnerOrganization).WithMany().HasForeignKey(g => g.PartnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.FormedByDecision).WithMany(d => d.WorkingGroups).HasForeignKey(g => g.FormedByDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
