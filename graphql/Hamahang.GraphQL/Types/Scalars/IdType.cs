using Hamahang.GraphQL.Language;
using System.Globalization;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>ID</c>: "a unique identifier, often used to refetch an object or as the key for a cache",
/// serialized as a String. Coerces as graphql-js's <c>GraphQLID</c>; a <see cref="Guid"/> also
/// serializes (to its "D" form). See https://spec.graphql.org/September2025/#sec-ID.
/// </summary>
public sealed class IdType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.ID"/>.</summary>
    internal IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a " +
            "JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or " +
            "integer (such as `4`) input value will be accepted as an ID.";
        RuntimeType = typeof(string);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString("D"),
        _ => FromNumber(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        string s => s,
        _ => FromNumber(value),
    };

    private static string FromNumber(object? value)
    {
        if (value is not null and not Enum && NumberValues.IsInteger(value))
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        if (value is double or float or decimal && NumberValues.IsIntegral(NumberValues.ToDouble(value)))
        {
            return FormatNumber(NumberValues.ToDouble(value));
        }

        throw new CoercionException($"ID cannot represent value: {Inspect(value)}");
    }

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw LiteralError("ID cannot represent a non-string and non-integer value: ", literal),
    };
}
