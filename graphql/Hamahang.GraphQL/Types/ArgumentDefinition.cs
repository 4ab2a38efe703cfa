namespace Hamahang.GraphQL.Types;

/// <summary>
/// An argument of a field or directive. "Fields are conceptually functions which return values, and
/// occasionally accept arguments which alter their behavior." See
/// https://spec.graphql.org/September2025/#sec-Field-Arguments.
/// </summary>
/// <param name="name">The argument's name.</param>
/// <param name="type">Its input type.</param>
public sealed class ArgumentDefinition(string name, GraphQLType type) : InputValueDefinition(name, type)
{
    /// <summary>The field or directive declaring the argument; set when it is added.</summary>
    public TypeSystemMember? Owner { get; internal set; }

    /// <summary>For code-first arguments: the CLR type of the resolver parameter, used to convert coerced values.</summary>
    public Type? RuntimeType { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Owner?.ToString() ?? "<meta>"}({Name}:)";
}
