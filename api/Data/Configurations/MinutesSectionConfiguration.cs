using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MinutesSectionConfiguration : IEntityTypeConfiguration<MinutesSection>
{
    public void Configure(EntityTypeBuilder<MinutesSection> builder)
    {
        builder.Property(s => s.Heading).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(s => s.Body);
        builder.HasOne(s => s.Minutes).WithMany(m => m.Sections).HasForeignKey(s => s.MinutesId).OnDelete(DeleteBehavior.Cascade);
    }
}
