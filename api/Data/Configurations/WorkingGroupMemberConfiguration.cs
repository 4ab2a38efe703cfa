using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> builder)
    {
        builder.HasOne(m => m.WorkingGroup).WithMany(g => g.Members).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
