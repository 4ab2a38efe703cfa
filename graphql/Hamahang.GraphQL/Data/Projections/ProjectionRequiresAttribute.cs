namespace Hamahang.GraphQL.Data;

/// <summary>
/// Names the members of the parent a computed field (a method, or a resolver of a type extension) reads,
/// so a projection reads them when the field is selected even though the client did not select them.
/// </summary>
/// <param name="members">The parent's property names.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ProjectionRequiresAttribute(params string[] members) : Attribute
{
    /// <summary>The parent's property names.</summary>
    public IReadOnlyList<string> Members { get; } = members;
}
