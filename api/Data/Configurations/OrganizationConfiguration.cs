using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Lengths.Name);
        builder.Property(o => o.NameEn).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(o => o.Name, Lengths.Name, indexed: true);
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
