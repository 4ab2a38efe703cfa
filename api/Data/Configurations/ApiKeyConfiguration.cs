using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Prefix).HasMaxLength(Lengths.Short);
        builder.Property(k => k.Hash).HasMaxLength(Lengths.Short * 2);
        builder.Property(k => k.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne(k => k.Organization).WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.Person).WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
