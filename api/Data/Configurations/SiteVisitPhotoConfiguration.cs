using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class SiteVisitPhotoConfiguration : IEntityTypeConfiguration<SiteVisitPhoto>
{
    public void Configure(EntityTypeBuilder<SiteVisitPhoto> builder) =>
        builder.Property(p => p.Caption).HasMaxLength(Lengths.Text);
}
