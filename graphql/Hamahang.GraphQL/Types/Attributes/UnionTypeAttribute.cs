namespace Hamahang.GraphQL.Types;

/// <summary>
/// Makes a C# marker interface a GraphQL union of the object types whose classes implement it.
/// See https://spec.graphql.org/September2025/#sec-Unions.
/// </summary>
/// <param name="name">The union's name; derived from the interface's name when null.</param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    /// <summary>The union's name, if given.</summary>
    public string? Name { get; } = name;
}
