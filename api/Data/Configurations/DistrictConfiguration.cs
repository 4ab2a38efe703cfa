using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(Lengths.Name);
        builder.Property(d => d.NameEn).HasMaxLength(Lengths.Name);
        builder.Property(d => d.AreaName).HasMaxLength(Lengths.Name);
        builder.Property(d => d.AreaNameEn).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(d => d.Name, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(d => d.AreaName, Lengths.Name);
    }
}
