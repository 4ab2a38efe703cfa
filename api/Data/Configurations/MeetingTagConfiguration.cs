using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MeetingTagConfiguration : IEntityTypeConfiguration<MeetingTag>
{
    public void Configure(EntityTypeBuilder<MeetingTag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Lengths.Short * 2);
        builder.HasIndex(t => new { t.MeetingId, t.Name }).IsUnique();
        builder.HasIndex(t => t.Name);
        builder.HasOne(t => t.Meeting).WithMany(m => m.Tags).HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
