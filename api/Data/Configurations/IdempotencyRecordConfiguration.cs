using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hamahang.Api.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Operation).HasMaxLength(Lengths.Short * 2);
        builder.Property(r => r.Key).HasMaxLength(Lengths.Short * 2);
        builder.Property(r => r.Caller).HasMaxLength(Lengths.Name);
        builder.Property(r => r.ResultType).HasMaxLength(Lengths.Short * 2);
        builder.HasIndex(r => new { r.Operation, r.Caller, r.Key }).IsUnique();
    }
}
