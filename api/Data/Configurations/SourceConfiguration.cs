using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Outlet).HasMaxLength(Lengths.Name);
        builder.Property(s => s.Url).HasMaxLength(Lengths.Url);
        builder.Property(s => s.NewsCode).HasMaxLength(Lengths.Short);
    }
}
