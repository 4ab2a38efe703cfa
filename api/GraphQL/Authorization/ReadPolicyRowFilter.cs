using System.Linq.Expressions;
using Hamahang.GraphQL.Data;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// The read policy as the engine's row filter: a filter that crosses a relation
/// (<c>meetings(where: { attendees: { some: ... } })</c>, <c>districts(where: { inspections: ... })</c>) sees only the
/// rows the caller may read, so it cannot tell a partner that a confidential finding exists.
/// </summary>
internal sealed class ReadPolicyRowFilter(Caller caller) : IRowFilter
{
    public LambdaExpression? Readable(Type entityType) =>
        caller.Policy(entityType, ReadPolicy.For) ?? Expression.Lambda(Expression.Constant(false), Expression.Parameter(entityType, "never"));
}
