using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>Boolean</c>: "true or false." Coerces as graphql-js's <c>GraphQLBoolean</c>.
/// See https://spec.graphql.org/September2025/#sec-Boolean.
/// </summary>
public sealed class BooleanType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Boolean"/>.</summary>
    internal BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
        RuntimeType = typeof(bool);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        bool b => b,
        Enum => throw NonBoolean(value),
        not null when NumberValues.IsNumber(value) && double.IsFinite(NumberValues.ToDouble(value)) => NumberValues.ToDouble(value) != 0,
        _ => throw NonBoolean(value),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value is bool b ? b : throw NonBoolean(value);

    private static CoercionException NonBoolean(object? value) => new($"Boolean cannot represent a non boolean value: {Inspect(value)}");

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw LiteralError("Boolean cannot represent a non boolean value: ", literal);
}
