namespace Hamahang.GraphQL.Types;

// The members are the specification's kind names.
#pragma warning disable CA1720

/// <summary>
/// The kinds of type, as the <c>__TypeKind</c> enum lists them
/// (https://spec.graphql.org/September2025/#sec-The-__TypeKind-Enum).
/// </summary>
public enum TypeKind
{
    /// <summary>A scalar: a leaf value such as <c>Int</c> or <c>String</c>.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An interface: fields that implementing types provide.</summary>
    Interface,

    /// <summary>A union of object types.</summary>
    Union,

    /// <summary>An enum: one of a finite set of names.</summary>
    Enum,

    /// <summary>An input object type: named input fields.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
