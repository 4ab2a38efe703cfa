namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[IsProjected]</c>: the marked property is always read by a projection, selected or not
/// (a foreign key a DataLoader needs, a column a computed field reads).
/// </summary>
/// <param name="projected">True to always read the member; false to never read it.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class IsProjectedAttribute(bool projected = true) : Attribute
{
    /// <summary>True to always read the member.</summary>
    public bool Projected { get; } = projected;
}
