namespace Hamahang.GraphQL.Types;

/// <summary>
/// Deprecates a field, argument, input field or enum value (<c>@deprecated(reason:)</c>). <see cref="ObsoleteAttribute"/>
/// does the same. See https://spec.graphql.org/September2025/#sec--deprecated.
/// </summary>
/// <param name="reason">Why; "No longer supported" when null.</param>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = false,
    Inherited = false)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    /// <summary>Why the member is deprecated.</summary>
    public string Reason { get; } = reason ?? SpecifiedDirectives.DefaultDeprecationReason;
}
