namespace Hamahang.GraphQL.Types;

/// <summary>Gives a type, field, argument or enum value the GraphQL name written here instead of the one derived from the C# name.</summary>
/// <param name="name">The GraphQL name (https://spec.graphql.org/September2025/#Name).</param>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = false)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;
}
