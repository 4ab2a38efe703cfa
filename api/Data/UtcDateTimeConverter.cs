using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hamahang.Api.Data;

/// <summary>
/// Instants are stored as UTC <see cref="DateTime"/> (SQLite cannot compare DateTimeOffset in SQL)
/// and read back with <see cref="DateTimeKind.Utc"/>, so callers never see an unspecified kind.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
