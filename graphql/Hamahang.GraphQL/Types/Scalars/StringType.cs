using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>String</c>: "A sequence of Unicode code points." Coerces as graphql-js's <c>GraphQLString</c>.
/// See https://spec.graphql.org/September2025/#sec-String.
/// </summary>
public sealed class StringType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.String"/>.</summary>
    internal StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by " +
            "GraphQL to represent free-form human-readable text.";
        RuntimeType = typeof(string);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        Enum => throw new CoercionException($"String cannot represent value: {Inspect(value)}"),
        not null when NumberValues.IsNumber(value) && double.IsFinite(NumberValues.ToDouble(value)) =>
            NumberValues.IsInteger(value)
                ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
                : FormatNumber(NumberValues.ToDouble(value)),
        _ => throw new CoercionException($"String cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) =>
        value as string ?? throw new CoercionException($"String cannot represent a non string value: {Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw LiteralError("String cannot represent a non string value: ", literal);
}
