namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks a class whose public members become fields of the query root type <c>Query</c> (several classes may
/// contribute). "The query root operation type must be provided." See https://spec.graphql.org/September2025/#sec-Root-Operation-Types.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class QueryTypeAttribute : Attribute
{
}
