namespace Hamahang.GraphQL.Types;

/// <summary>
/// <c>@cost(weight:)</c> for code-first schemas: on a resolver property or method it prices the field;
/// on a class, interface or enum it prices the type. "The weight argument defines what value to add to
/// the overall cost for every appearance, or possible appearance, of a type, field, argument, etc."
/// (https://ibm.github.io/graphql-specs/cost-spec.html#sec-weight)
/// </summary>
/// <param name="weight">The weight; may be negative, fractional or zero.</param>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct
    | AttributeTargets.Enum)]
public sealed class CostAttribute(double weight) : Attribute
{
    /// <summary>The weight.</summary>
    public double Weight { get; } = weight;
}
