using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class DecisionDueDateChangeConfiguration : IEntityTypeConfiguration<DecisionDueDateChange>
{
    public void Configure(EntityTypeBuilder<DecisionDueDateChange> builder)
    {
        builder.Property(c => c.Actor).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Reason).HasMaxLength(Lengths.Text);
        builder.HasOne(c => c.Decision).WithMany(d => d.DueDateChanges).HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
