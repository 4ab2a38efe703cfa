namespace Hamahang.GraphQL.Types;

/// <summary>
/// An object type: "a set of named fields, each of which yield a value of a specific type".
/// See https://spec.graphql.org/September2025/#sec-Objects.
/// </summary>
/// <param name="name">The type's name.</param>
public sealed class ObjectType(string name) : ComplexType(name)
{
    private Func<object, bool>? _isTypeOf;

    /// <summary>
    /// Decides whether a runtime value is of this type, when abstract type resolution cannot tell
    /// by CLR type or <c>__typename</c>. Optional.
    /// </summary>
    public Func<object, bool>? IsTypeOf
    {
        get => _isTypeOf;
        set
        {
            ThrowIfFrozen();
            _isTypeOf = value;
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}
