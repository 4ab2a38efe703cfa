namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks a class whose public members add fields to another object type; resolver methods receive the
/// extended object through a <see cref="ParentAttribute"/> parameter.
/// See https://spec.graphql.org/September2025/#sec-Object-Extensions.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the object type made from <paramref name="type"/>.</summary>
    /// <param name="type">The CLR type of the object extended.</param>
    public ExtendObjectTypeAttribute(Type type) => Type = type;

    /// <summary>Extends the object type named <paramref name="name"/> (e.g. "Query").</summary>
    /// <param name="name">The GraphQL type name.</param>
    public ExtendObjectTypeAttribute(string name) => Name = name;

    /// <summary>The CLR type extended, if given.</summary>
    public Type? Type { get; }

    /// <summary>The GraphQL type name extended, if given.</summary>
    public string? Name { get; }
}
