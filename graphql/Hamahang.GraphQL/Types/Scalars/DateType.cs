using Hamahang.GraphQL.Language;
using System.Globalization;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, written <c>yyyy-MM-dd</c>, bound to
/// <see cref="DateOnly"/>. Specified by https://scalars.graphql.org/andimarek/local-date; custom
/// scalars are described in https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed class DateType : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Date"/>.</summary>
    internal DateType()
        : base("Date")
    {
        Description = "The `Date` scalar represents an ISO-8601 compliant date type.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date";
        RuntimeType = typeof(DateOnly);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime).ToString(Format, CultureInfo.InvariantCulture),
        string s => Parse(s).ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Date cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value is string s ? Parse(s) : throw new CoercionException($"Date cannot represent non-string value: {Inspect(value)}");

    /// <summary>Parses <c>yyyy-MM-dd</c>; throws <see cref="CoercionException"/> otherwise.</summary>
    /// <param name="text">The text.</param>
    public static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CoercionException($"Date cannot represent an invalid date string: {Inspect(text)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw LiteralError("Date cannot represent non-string value: ", literal);
}
