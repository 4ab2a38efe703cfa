using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class PartnershipCounterpartConfiguration : IEntityTypeConfiguration<PartnershipCounterpart>
{
    public void Configure(EntityTypeBuilder<PartnershipCounterpart> builder)
    {
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Counterpart).WithMany().HasForeignKey(c => c.CounterpartId).OnDelete(DeleteBehavior.Restrict);
    }
}
