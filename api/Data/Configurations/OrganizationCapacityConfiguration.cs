using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class OrganizationCapacityConfiguration : IEntityTypeConfiguration<OrganizationCapacity>
{
    public void Configure(EntityTypeBuilder<OrganizationCapacity> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(Lengths.Text);
        builder.Property(c => c.Contact).HasMaxLength(Lengths.Name);
        // "Who can provide volunteers" asks by kind.
        builder.HasIndex(c => new { c.Kind, c.OrganizationId });
        builder.HasOne(c => c.Organization).WithMany(o => o.Capacities).HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
