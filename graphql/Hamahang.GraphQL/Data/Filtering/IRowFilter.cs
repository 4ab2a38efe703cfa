using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Which rows of an entity type the current request may read, as a predicate the database applies. A filter that
/// crosses a relation (<c>some</c>/<c>all</c>/<c>none</c>/<c>any</c> on a collection, a nested object) sees only
/// those rows, so a filter can never tell a caller about a row it may not read. Registered per request (scoped);
/// without one, filters cross every row.
/// </summary>
public interface IRowFilter
{
    /// <summary>The predicate (<c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>) over <paramref name="entityType"/>, or null when every row is readable.</summary>
    /// <param name="entityType">The CLR type of the rows.</param>
    LambdaExpression? Readable(Type entityType);
}
