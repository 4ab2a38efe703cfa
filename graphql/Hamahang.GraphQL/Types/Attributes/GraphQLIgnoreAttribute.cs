namespace Hamahang.GraphQL.Types;

/// <summary>
/// Leaves a property, method or enum member out of the schema.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = false)]
public sealed class GraphQLIgnoreAttribute : Attribute
{
}
