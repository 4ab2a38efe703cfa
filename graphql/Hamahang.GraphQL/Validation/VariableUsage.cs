using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// One place a variable is used in an operation or fragment: the variable, the input type expected
/// there, the input type around it (for a field of a <c>@oneOf</c> input object), and whether that
/// position has a default value of its own.
/// See https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed .
/// </summary>
/// <param name="Node">The variable as written.</param>
/// <param name="Type">The input type expected where it stands, or null when unknown.</param>
/// <param name="ParentType">The input type around that position, or null.</param>
/// <param name="HasDefaultValue">Whether the argument or input field it is given to has a default value.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, bool HasDefaultValue);
