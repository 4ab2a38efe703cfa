using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(Lengths.Name);
        builder.Property(f => f.Location).HasMaxLength(Lengths.Name);
        builder.Property(f => f.DismissalReason).HasMaxLength(Lengths.Text);
        builder.HasNormalizedColumn(f => f.Title, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(f => f.Description);
        builder.HasNormalizedColumn(f => f.Location, Lengths.Name);
        builder.HasIndex(f => f.Status);
        // Findings are never deleted (they are dismissed), so nothing cascades to them.
        builder.HasOne(f => f.Inspection).WithMany(i => i.Findings).HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.ResponsibleOrganization).WithMany().HasForeignKey(f => f.ResponsibleOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
