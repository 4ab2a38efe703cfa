namespace Hamahang.GraphQL.Types;

/// <summary>
/// Makes an input class a OneOf input object (<c>@oneOf</c>): exactly one field must be given.
/// See https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class OneOfAttribute : Attribute
{
}
