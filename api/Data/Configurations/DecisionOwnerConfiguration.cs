using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class DecisionOwnerConfiguration : IEntityTypeConfiguration<DecisionOwner>
{
    public void Configure(EntityTypeBuilder<DecisionOwner> builder)
    {
        builder.HasIndex(o => new { o.DecisionId, o.OrganizationId }).IsUnique();
        // "Decisions owned by this organization" starts from the owner.
        builder.HasIndex(o => o.OrganizationId);
        builder.HasOne(o => o.Decision).WithMany(d => d.Owners).HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Person).WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
