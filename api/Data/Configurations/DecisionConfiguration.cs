using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(Lengths.Text);
        builder.HasNormalizedColumn(d => d.Text, Lengths.Text);
        builder.HasOne(d => d.Source).WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.Kind);
        // The follow-up list sorts and filters by due date.
        builder.HasIndex(d => d.DueDate);
        builder.HasOne(d => d.Meeting).WithMany(m => m.Decisions).HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
