using Hamahang.GraphQL.Language;
using System.Globalization;
using System.Text.RegularExpressions;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an instant with its offset, written as RFC 3339 / ISO 8601 with milliseconds
/// (<c>2025-03-01T09:30:00.000+03:30</c>; UTC as <c>2025-03-01T06:00:00.000Z</c>, as HotChocolate writes it),
/// bound to <see cref="DateTimeOffset"/> and <see cref="DateTime"/>. Specified by
/// https://scalars.graphql.org/chillicream/date-time.html (HotChocolate's <c>@specifiedBy</c>); custom scalars are described in
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    private const string Format = "yyyy-MM-dd'T'HH':'mm':'ss.fffzzz";
    private const string UtcFormat = "yyyy-MM-dd'T'HH':'mm':'ss.fff'Z'";

    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.DateTime"/>.</summary>
    internal DateTimeType()
        : base("DateTime")
    {
        Description = "The `DateTime` scalar type represents a date and time with time zone offset information.";
        SpecifiedByUrl = "https://scalars.graphql.org/chillicream/date-time.html";
        RuntimeType = typeof(DateTimeOffset);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => Write(offset),
        DateTime dateTime => Write(ToOffset(dateTime)),
        string s => Write(Parse(s)),
        _ => throw new CoercionException($"DateTime cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is string s ? Parse(s) : throw new CoercionException($"DateTime cannot represent non-string value: {Inspect(value)}");

    /// <summary>Parses an RFC 3339 date-time with an offset; throws <see cref="CoercionException"/> otherwise.</summary>
    /// <param name="text">The text.</param>
    public static DateTimeOffset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Rfc3339().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            throw new CoercionException($"DateTime cannot represent an invalid date-time string: {Inspect(text)}");
        }

        return result;
    }

    private static string Write(DateTimeOffset value) =>
        value.ToString(value.Offset == TimeSpan.Zero ? UtcFormat : Format, CultureInfo.InvariantCulture);

    private static DateTimeOffset ToOffset(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : new DateTimeOffset(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw LiteralError("DateTime cannot represent non-string value: ", literal);
}
