namespace Hamahang.GraphQL.Types;

/// <summary>
/// Types a property, method result or parameter as <c>ID</c> (keeping its list and null wrappers).
/// See https://spec.graphql.org/September2025/#sec-ID.
/// </summary>
/// <param name="typeName">The GraphQL type the id belongs to, for global object identification (kept in field metadata).</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
#pragma warning disable CA1711 // HotChocolate's name.
public sealed class IDAttribute(string? typeName = null) : Attribute
#pragma warning restore CA1711
{
    /// <summary>The GraphQL type the id belongs to, if given.</summary>
    public string? TypeName { get; } = typeName;
}
