namespace Hamahang.GraphQL.Types;

/// <summary>
/// An interface: "a list of named fields and their arguments" that objects (and other interfaces)
/// implement. See https://spec.graphql.org/September2025/#sec-Interfaces.
/// </summary>
/// <param name="name">The type's name.</param>
public sealed class InterfaceType(string name) : ComplexType(name)
{
    private Func<object, Schema, ObjectType?>? _resolveType;

    /// <summary>
    /// Picks the object type of a runtime value (https://spec.graphql.org/September2025/#ResolveAbstractType()).
    /// When null, <see cref="Schema.ResolveAbstractType"/> decides by CLR type, <c>__typename</c> or <see cref="ObjectType.IsTypeOf"/>.
    /// </summary>
    public Func<object, Schema, ObjectType?>? ResolveType
    {
        get => _resolveType;
        set
        {
            ThrowIfFrozen();
            _resolveType = value;
        }
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}
