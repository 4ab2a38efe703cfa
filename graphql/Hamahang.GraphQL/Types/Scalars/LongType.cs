using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Long</c>: a signed 64-bit integer, written as a JSON number, bound to <see cref="long"/>
/// (HotChocolate's <c>Long</c>). Custom scalars are described in
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Long"/>.</summary>
    internal LongType()
        : base("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and " +
            "2^63 - 1.";
        RuntimeType = typeof(long);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => ParseValue(value);

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        long l => l,
        int or short or byte or sbyte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        double or float or decimal when NumberValues.IsIntegral(NumberValues.ToDouble(value))
            && NumberValues.ToDouble(value) >= long.MinValue && NumberValues.ToDouble(value) < 9.2233720368547758E+18 =>
            Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Long cannot represent non 64-bit integer value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is IntValueNode i && long.TryParse(
            i.Value,
            System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture,
            out var value)
            ? value
            : throw LiteralError("Long cannot represent non 64-bit integer value: ", literal);
}
