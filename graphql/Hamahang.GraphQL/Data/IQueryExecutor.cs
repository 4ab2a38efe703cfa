using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// Runs the queries the data conventions build. The engine's default (<see cref="QueryExecutor"/>) enumerates
/// synchronously; a database provider (Hamahang.GraphQL.EntityFramework) registers one that runs them
/// asynchronously and reads shadow members. Resolved from the request's services.
/// </summary>
public interface IQueryExecutor
{
    /// <summary>Runs <paramref name="query"/> and returns its rows.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the rows of <paramref name="query"/>.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>
    /// An expression reading the member <paramref name="name"/> of type <paramref name="type"/> from
    /// <paramref name="instance"/>, for members that may exist only in the database (a shadow column).
    /// </summary>
    /// <param name="instance">The entity expression.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="type">The member's CLR type.</param>
    Expression Member(Expression instance, string name, Type type);
}
