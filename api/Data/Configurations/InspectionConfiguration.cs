using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(i => i.Title, Lengths.Name, indexed: true);
        // Rows recorded before precision was kept were recorded to the minute.
        builder.Property(i => i.PlannedAtPrecision).HasDefaultValue(DatePrecision.Time);
        builder.HasIndex(i => new { i.PlannedAt, i.Id });
        builder.HasOne(i => i.Source).WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.District).WithMany(d => d.Inspections).HasForeignKey(i => i.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.InspectedOrganization).WithMany().HasForeignKey(i => i.InspectedOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.InspectedSite).WithMany().HasForeignKey(i => i.InspectedSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.InspectingOrganization).WithMany().HasForeignKey(i => i.InspectingOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
