using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class CampaignPhaseConfiguration : IEntityTypeConfiguration<CampaignPhase>
{
    public void Configure(EntityTypeBuilder<CampaignPhase> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(Lengths.Text);
        builder.HasIndex(p => new { p.CampaignId, p.Number }).IsUnique();
        builder.HasOne(p => p.LaunchMeeting).WithMany().HasForeignKey(p => p.LaunchMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.ServicePoints).WithOne(s => s.Phase).HasForeignKey(s => s.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
