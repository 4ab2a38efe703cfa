namespace Hamahang.GraphQL.Types;

/// <summary>
/// A field of an input object type. See https://spec.graphql.org/September2025/#sec-Input-Objects.
/// </summary>
/// <param name="name">The field's name.</param>
/// <param name="type">Its input type.</param>
public sealed class InputFieldDefinition(string name, GraphQLType type) : InputValueDefinition(name, type)
{
    /// <summary>The input object declaring the field; set when it is added.</summary>
    public InputObjectType? DeclaringType { get; internal set; }

    /// <summary>For code-first input objects: the CLR property or constructor parameter name it binds to.</summary>
    public string? RuntimeName { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{DeclaringType?.Name}.{Name}";
}
