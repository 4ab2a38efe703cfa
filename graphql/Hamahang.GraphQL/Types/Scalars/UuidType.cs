using Hamahang.GraphQL.Language;
using static Hamahang.GraphQL.Utilities.Inspector;

namespace Hamahang.GraphQL.Types.Scalars;

/// <summary>
/// <c>UUID</c>: a universally unique identifier in its 36-character form, bound to <see cref="Guid"/>.
/// Specified by https://tools.ietf.org/html/rfc4122; custom scalars are described in
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars.
/// </summary>
public sealed class UuidType : ScalarType
{
    /// <summary>Creates the scalar; use <see cref="BuiltInScalars.Uuid"/>.</summary>
    internal UuidType()
        : base("UUID")
    {
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";
        RuntimeType = typeof(Guid);
    }

    /// <inheritdoc />
    public override object? Serialize(object? value) => value switch
    {
        Guid guid => guid.ToString("D"),
        string s when Guid.TryParse(s, out var guid) => guid.ToString("D"),
        _ => throw new CoercionException($"UUID cannot represent value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseValue(object? value) => value switch
    {
        string s when Guid.TryParseExact(s, "D", out var guid) => guid,
        string s => throw new CoercionException($"UUID cannot represent an invalid UUID string: {Inspect(s)}"),
        _ => throw new CoercionException($"UUID cannot represent non-string value: {Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? ParseValue(s.Value) : throw LiteralError("UUID cannot represent non-string value: ", literal);
}
