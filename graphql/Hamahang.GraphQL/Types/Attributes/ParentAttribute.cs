namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks the resolver parameter that receives the parent object (the "objectValue" of
/// https://spec.graphql.org/September2025/#ResolveFieldValue()), on <see cref="ExtendObjectTypeAttribute"/> classes.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ParentAttribute : Attribute
{
}
