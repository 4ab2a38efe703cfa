using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class DecisionNoteConfiguration : IEntityTypeConfiguration<DecisionNote>
{
    public void Configure(EntityTypeBuilder<DecisionNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(Lengths.Text * 5);
        builder.Property(n => n.Author).HasMaxLength(Lengths.Name);
        builder.HasIndex(n => new { n.DecisionId, n.NotedOn });
        builder.HasOne(n => n.Decision).WithMany(d => d.Notes).HasForeignKey(n => n.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.AuthorOrganization).WithMany().HasForeignKey(n => n.AuthorOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.AuthorPerson).WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
