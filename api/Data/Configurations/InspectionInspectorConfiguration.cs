using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class InspectionInspectorConfiguration : IEntityTypeConfiguration<InspectionInspector>
{
    public void Configure(EntityTypeBuilder<InspectionInspector> builder)
    {
        builder.HasIndex(x => new { x.InspectionId, x.PersonId }).IsUnique();
        builder.HasOne(x => x.Inspection).WithMany(i => i.Inspectors).HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
