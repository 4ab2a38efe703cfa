using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A scalar: a leaf value with its own coercion rules. "Scalar types represent primitive leaf values in
/// a GraphQL type system." A scalar defined only in SDL passes values through unchanged; built-in and
/// custom scalars override the coercion methods. See https://spec.graphql.org/September2025/#sec-Scalars.
/// </summary>
/// <param name="name">The scalar's name.</param>
public class ScalarType(string name) : GraphQLNamedType(name)
{
    private string? _specifiedByUrl;

    /// <summary>
    /// The URL of the scalar's specification, exposed as <c>specifiedByURL</c> and set by
    /// <c>@specifiedBy(url:)</c>. See https://spec.graphql.org/September2025/#sec--specifiedBy.
    /// </summary>
    public string? SpecifiedByUrl
    {
        get => _specifiedByUrl;
        set
        {
            ThrowIfFrozen();
            _specifiedByUrl = value;
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>
    /// Result coercion: turns a resolver's value into the value written to the response (string, number,
    /// bool, or for custom scalars any JSON-writable value). Throws <see cref="CoercionException"/>.
    /// See https://spec.graphql.org/September2025/#sec-Scalars.Result-Coercion-and-Serialization.
    /// </summary>
    /// <param name="value">The resolver's value (never null: null is handled by the executor).</param>
    public virtual object? Serialize(object? value) => value;

    /// <summary>
    /// Input coercion of a variable value (from JSON: string, a CLR number, bool, lists, dictionaries)
    /// to the value resolvers receive. Throws <see cref="CoercionException"/>.
    /// See https://spec.graphql.org/September2025/#sec-Scalars.Input-Coercion.
    /// </summary>
    /// <param name="value">The external value (never null).</param>
    public virtual object? ParseValue(object? value) => value;

    /// <summary>
    /// Input coercion of a literal written in a document (without variables): by default the literal's
    /// untyped value passed to <see cref="ParseValue"/>. Throws <see cref="CoercionException"/>.
    /// See https://spec.graphql.org/September2025/#sec-Scalars.Input-Coercion.
    /// </summary>
    /// <param name="literal">The literal.</param>
    public virtual object? ParseLiteral(ValueNode literal) => ParseValue(ValueLiterals.ToUntypedValue(literal));

    /// <summary>The error for a literal of the wrong kind, with the literal printed as graphql-js prints it.</summary>
    /// <param name="message">The message, before the printed literal.</param>
    /// <param name="literal">The literal.</param>
    protected static CoercionException LiteralError(string message, ValueNode literal) =>
        new(message + ValueLiterals.Print(literal)) { Node = literal };

    /// <summary>True when <paramref name="value"/> is one this scalar can serialize (used to resolve abstract types and to print defaults).</summary>
    /// <param name="value">A candidate value.</param>
    public bool CanSerialize(object? value)
    {
        try
        {
            Serialize(value);
            return true;
        }
        catch (CoercionException)
        {
            return false;
        }
    }
}
