namespace Hamahang.GraphQL.Types;

/// <summary>
/// The description of a type, field, argument or enum value (it wins over the XML doc comment).
/// See https://spec.graphql.org/September2025/#sec-Descriptions.
/// </summary>
/// <param name="description">The description, Markdown.</param>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = false)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>The description.</summary>
    public string Description { get; } = description;
}
