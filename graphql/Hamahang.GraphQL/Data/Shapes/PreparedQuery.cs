using System.Collections;
using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// A query the data conventions built once and keep (<see cref="DataPipeline{T}"/>'s prepared pages): its
/// <c>Where</c>, <c>OrderBy</c>, <c>Take</c> and <c>Select</c> over <see cref="Source"/>, a placeholder that each request's
/// resolver query takes the place of. Read by <see cref="QueryShape"/> in two parts, the request's source and this tree,
/// whose reading is kept: the tree is neither built nor walked again for a request whose arguments and selection are
/// those it was built for.
/// </summary>
internal sealed class PreparedTree
{
    public PreparedTree(ParameterExpression source, Expression tree)
    {
        Source = source;
        Tree = tree;
    }

    /// <summary>The placeholder for the resolver's query (an <c>IQueryable&lt;T&gt;</c> parameter that no lambda declares).</summary>
    public ParameterExpression Source { get; }

    /// <summary>The query over <see cref="Source"/>.</summary>
    public Expression Tree { get; }

    /// <summary>What <see cref="QueryShape"/> read in <see cref="Tree"/> for one provider's rules (kept by it).</summary>
    internal volatile object? Read;

    /// <summary>The last shape this tree ran as over a list and its compiled delegate (kept by <see cref="CompiledEnumerables"/>).</summary>
    internal volatile object? Compiled;

    /// <summary>The whole query: <see cref="Tree"/> with <paramref name="source"/> in the placeholder's place.</summary>
    public Expression Compose(Expression source) => new Placer(Source, source).Visit(Tree);

    private sealed class Placer(ParameterExpression placeholder, Expression source) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == placeholder ? source : node;
    }
}

/// <summary>A <see cref="PreparedTree"/> over one request's source, as the executor's <see cref="IQueryable{T}"/>.</summary>
internal interface IPreparedQuery : IQueryable
{
    /// <summary>The resolver's query.</summary>
    IQueryable Source { get; }

    /// <summary>The kept tree over it.</summary>
    PreparedTree Prepared { get; }
}

/// <summary>
/// A kept query over the resolver's query of one request. To an executor that does not know it, it is the whole query:
/// its <see cref="Expression"/> composed when first read, run by the source's provider (synchronously, or asynchronously
/// where that provider's queries are <see cref="IAsyncEnumerable{T}"/>, as EF Core's are). <see cref="QueryShape"/> reads it
/// without composing it.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class PreparedQuery<T>(IQueryable source, PreparedTree prepared) : IQueryable<T>, IPreparedQuery, IAsyncEnumerable<T>
{
    private Expression? _expression;

    public IQueryable Source => source;

    public PreparedTree Prepared => prepared;

    public Type ElementType => typeof(T);

    public Expression Expression => _expression ??= prepared.Compose(source.Expression);

    public IQueryProvider Provider => source.Provider;

    public IEnumerator<T> GetEnumerator() => Composed().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        (Composed() as IAsyncEnumerable<T> ?? Synchronously(cancellationToken)).GetAsyncEnumerator(cancellationToken);

    private IQueryable<T> Composed() => source.Provider.CreateQuery<T>(Expression);

    private async IAsyncEnumerable<T> Synchronously([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var row in Composed())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
