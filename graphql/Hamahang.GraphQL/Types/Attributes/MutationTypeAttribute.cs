namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks a class whose public members become fields of the mutation root type <c>Mutation</c>.
/// See https://spec.graphql.org/September2025/#sec-Root-Operation-Types.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MutationTypeAttribute : Attribute
{
}
