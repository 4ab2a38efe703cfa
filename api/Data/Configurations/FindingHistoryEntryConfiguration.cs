using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class FindingHistoryEntryConfiguration : IEntityTypeConfiguration<FindingHistoryEntry>
{
    public void Configure(EntityTypeBuilder<FindingHistoryEntry> builder)
    {
        builder.Property(h => h.Actor).HasMaxLength(Lengths.Name);
        builder.Property(h => h.Change).HasMaxLength(Lengths.Text);
        builder.HasOne(h => h.Finding).WithMany(f => f.History).HasForeignKey(h => h.FindingId).OnDelete(DeleteBehavior.Restrict);
    }
}
