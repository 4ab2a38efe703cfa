using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Float</c>: "A signed double-precision finite value as specified by IEEE 754." Coerces as
/// graphql-js's <c>GraphQLFloat</c>. See https://spec.graphql.org/September2025/#sec-Float.
/// </summary>
public sealed class FloatType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Float"/>.</summary>
    internal FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE " +
            "754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
        RuntimeType = typeof(double);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        bool b => b ? 1d : 0d,
        string s when s.Length > 0 && NumberValues.ParseJsNumber(s) is { } d => d,
        Enum => throw NonNumeric(value),
        not null when NumberValues.IsNumber(value) => FromNumber(value),
        _ => throw NonNumeric(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        not null when value is not Enum && NumberValues.IsNumber(value) => FromNumber(value),
        _ => throw NonNumeric(value),
    };

    private static double FromNumber(object value)
    {
        var d = NumberValues.ToDouble(value);
        return double.IsFinite(d) ? d : throw NonNumeric(value);
    }

    private static CoercionException NonNumeric(object? value) => new($"Float cannot represent non numeric value: {Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw LiteralError("Float cannot represent non numeric value: ", literal),
    };
}
