using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(Lengths.Name);
        builder.Property(p => p.FullNameEn).HasMaxLength(Lengths.Name);
        builder.Property(p => p.Title).HasMaxLength(Lengths.Name);
        builder.Property(p => p.TitleEn).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(p => p.FullName, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(p => p.Title, Lengths.Name);
        builder.HasOne(p => p.Organization).WithMany(o => o.People).HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
