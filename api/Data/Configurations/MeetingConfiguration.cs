using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Lengths.Name);
        builder.Property(m => m.TitleEn).HasMaxLength(Lengths.Name);
        builder.Property(m => m.Venue).HasMaxLength(Lengths.Name);
        builder.HasNormalizedColumn(m => m.Title, Lengths.Name, indexed: true);
        builder.HasNormalizedColumn(m => m.Summary);
        // Rows recorded before precision was kept were recorded to the minute.
        builder.Property(m => m.StartsAtPrecision).HasDefaultValue(DatePrecision.Time);
        // Keyset paging and "since" filters order meetings by start, then key.
        builder.HasIndex(m => new { m.StartsAt, m.Id });
        // Newest first (order: [{ startsAt: DESC }]) breaks ties by ascending key, an order the index above cannot give:
        // without this one, SQLite sorts every matching row (bench/README.md, "Scale": 796 ms at 1 000 000 meetings).
        builder.HasIndex(m => new { m.StartsAt, m.Id }, "IX_Meetings_StartsAtDescending_Id").IsDescending(true, false);
        // A status, newest first: the index above walks past every newer meeting of another status (the planned ones ahead
        // of today: 31 ms at 1 000 000 meetings); this one starts at the first row of the page.
        builder.HasIndex(m => new { m.Status, m.StartsAt, m.Id }, "IX_Meetings_Status_StartsAtDescending_Id").IsDescending(false, true, false);
        builder.HasOne(m => m.HostOrganization).WithMany().HasForeignKey(m => m.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Source).WithMany().HasForeignKey(m => m.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.WorkingGroup).WithMany(g => g.Meetings).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
