using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Int</c>: "A signed 32-bit numeric non-fractional value." Coerces as graphql-js's
/// <c>GraphQLInt</c>. See https://spec.graphql.org/September2025/#sec-Int.
/// </summary>
public sealed class IntType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Int"/>.</summary>
    internal IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
        RuntimeType = typeof(int);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        string s => FromString(s),
        Enum => throw NonInteger(value),
        not null when NumberValues.IsNumber(value) => FromNumber(value),
        _ => throw NonInteger(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        int i => i,
        not null when NumberValues.IsNumber(value) => FromNumber(value),
        _ => throw NonInteger(value),
    };

    private static int FromNumber(object value)
    {
        var d = NumberValues.ToDouble(value);
        if (!NumberValues.IsIntegral(d))
        {
            throw NonInteger(value);
        }

        if (d > int.MaxValue || d < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
        }

        return (int)d;
    }

    private static int FromString(string value)
    {
        var number = value.Length == 0 ? null : NumberValues.ParseJsNumber(value);
        if (number is not { } d || !NumberValues.IsIntegral(d))
        {
            throw NonInteger(value);
        }

        if (d > int.MaxValue || d < int.MinValue)
        {
            throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
        }

        return (int)d;
    }

    private static CoercionException NonInteger(object? value) => new($"Int cannot represent non-integer value: {Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw LiteralError("Int cannot represent non-integer value: ", literal);
        }

        return int.TryParse(node.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {node.Value}") { Node = literal };
    }
}
