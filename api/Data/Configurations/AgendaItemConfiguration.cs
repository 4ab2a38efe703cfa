using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Lengths.Text);
        builder.HasNormalizedColumn(a => a.Title, Lengths.Text);
        builder.HasOne(a => a.Meeting).WithMany(m => m.AgendaItems).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
