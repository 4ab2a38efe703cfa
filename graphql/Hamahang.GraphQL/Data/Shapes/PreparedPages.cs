using System.Collections;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The pages a data field built for one of its plans (<see cref="DataPipeline{T}"/>; the plan of a cached document lives
/// as long as the document): what it built for a <see cref="PageKey"/>, kept for the next request with an equal key whose
/// row filter answers as it did (<see cref="RowFilterReads"/>). Past <see cref="Capacity"/> keys, the kept pages are
/// dropped and kept again as requests come.
/// </summary>
/// <typeparam name="TPlan">What the field keeps per page.</typeparam>
internal sealed class PreparedPages<TPlan>
    where TPlan : class
{
    /// <summary>Keys kept per plan before they are dropped.</summary>
    public const int Capacity = 32;

    // Most plans see one key: a short array, replaced whole when a page is kept (a lost race only builds a page again).
    private volatile Kept[] _kept = [];

    /// <summary>The pages of the plan <paramref name="context"/> runs; null outside the executor (no plan to keep them on).</summary>
    public static PreparedPages<TPlan>? Of(IResolverContext context)
    {
        if (context is not Execution.ResolverContext { Plan: var plan })
        {
            return null;
        }

        if (plan.DataPages is not PreparedPages<TPlan> pages)
        {
            pages = new PreparedPages<TPlan>();
            plan.DataPages = pages;
        }

        return pages;
    }

    /// <summary>The page kept for <paramref name="key"/>, if <paramref name="rows"/> answers as the one it was built with; else null.</summary>
    public TPlan? Find(PageKey key, IRowFilter? rows)
    {
        foreach (var kept in _kept)
        {
            if (kept.Key.Equals(key))
            {
                return kept.Reads.Same(rows) ? kept.Plan : null;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="plan"/>, built with <paramref name="reads"/>, for <paramref name="key"/>.</summary>
    public void Keep(PageKey key, TPlan plan, RowFilterReads reads)
    {
        var kept = _kept;
        var entry = new Kept(key, plan, reads);
        var at = Array.FindIndex(kept, k => k.Key.Equals(key));
        if (at >= 0)
        {
            var replaced = (Kept[])kept.Clone();
            replaced[at] = entry;
            _kept = replaced;
        }
        else
        {
            _kept = kept.Length >= Capacity ? [entry] : [.. kept, entry];
        }
    }

    private sealed record Kept(PageKey Key, TPlan Plan, RowFilterReads Reads);
}

/// <summary>
/// Everything a page of one plan is built from besides the resolver's query: the coerced arguments and the request's
/// variables (compared by value; a field written with literals brings the same arguments object every time), the
/// resolver's own order, the executor (which reads shadow members), the kind of row filter and the paging options.
/// </summary>
internal sealed class PageKey : IEquatable<PageKey>
{
    private readonly IReadOnlyDictionary<string, object?> _arguments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly object? _sourceOrder;
    private readonly object _executor;
    private readonly Type? _rowFilter;
    private readonly object _options;
    private readonly int _hash;

    private PageKey(
        IReadOnlyDictionary<string, object?> arguments,
        IReadOnlyDictionary<string, object?> variables,
        object? sourceOrder,
        object executor,
        Type? rowFilter,
        object options)
    {
        (_arguments, _variables, _sourceOrder, _executor, _rowFilter, _options) = (arguments, variables, sourceOrder, executor, rowFilter, options);
        _hash = HashCode.Combine(
            ArgumentValues.Hash(arguments),
            variables.Count == 0 ? 0 : ArgumentValues.Hash(variables),
            sourceOrder is null ? 0 : RuntimeHelpers.GetHashCode(sourceOrder),
            RuntimeHelpers.GetHashCode(executor),
            rowFilter,
            RuntimeHelpers.GetHashCode(options));
    }

    /// <summary>The key of the page <paramref name="context"/> asks for; null outside the executor.</summary>
    public static PageKey? Of(IResolverContext context, IReadOnlyList<SortKey>? sourceOrder, IQueryExecutor executor, IRowFilter? rows) =>
        context is Execution.ResolverContext resolver
            ? new PageKey(context.Arguments, resolver.Operation.Variables, sourceOrder, executor, rows?.GetType(), PagingOptions.From(context.Services))
            : null;

    public bool Equals(PageKey? other) =>
        other is not null && _hash == other._hash && ReferenceEquals(_sourceOrder, other._sourceOrder)
            && ReferenceEquals(_executor, other._executor) && _rowFilter == other._rowFilter && ReferenceEquals(_options, other._options)
            && ArgumentValues.Equal(_arguments, other._arguments) && ArgumentValues.Equal(_variables, other._variables);

    public override bool Equals(object? obj) => Equals(obj as PageKey);

    public override int GetHashCode() => _hash;
}

/// <summary>
/// The request's row filter, recording what it answered while a page was built: a kept page serves another request only
/// if that request's filter gives the same predicates (the same objects) for the same types, in the same order. A filter
/// answering the same way builds the same page.
/// </summary>
/// <param name="rows">The request's row filter, or null.</param>
internal sealed class RowFilterReads(IRowFilter? rows) : IRowFilter
{
    private readonly List<(Type Type, LambdaExpression? Readable)> _reads = [];

    public LambdaExpression? Readable(Type entityType)
    {
        var readable = rows?.Readable(entityType);
        _reads.Add((entityType, readable));
        return readable;
    }

    /// <summary>Whether <paramref name="current"/> answers every recorded question as the recorded filter did.</summary>
    public bool Same(IRowFilter? current)
    {
        foreach (var (type, readable) in _reads)
        {
            if (!ReferenceEquals(current?.Readable(type), readable))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Coerced argument and variable values compared and hashed by value: input objects (dictionaries, field by field in their
/// order), lists (item by item), and scalars by their type and <see cref="object.Equals(object?)"/>.
/// </summary>
internal static class ArgumentValues
{
    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        switch (a, b)
        {
            case (null, _) or (_, null):
                return false;
            case (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                using (var other = y.GetEnumerator())
                {
                    foreach (var (name, value) in x)
                    {
                        if (!other.MoveNext() || other.Current.Key != name || !Equal(value, other.Current.Value))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case (string, _) or (_, string):
                return a.Equals(b);
            case (IEnumerable x, IEnumerable y):
                var items = y.GetEnumerator();
                foreach (var item in x)
                {
                    if (!items.MoveNext() || !Equal(item, items.Current))
                    {
                        return false;
                    }
                }

                return !items.MoveNext();
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    public static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case IReadOnlyDictionary<string, object?> fields:
                var hash = new HashCode();
                foreach (var (name, field) in fields)
                {
                    hash.Add(name);
                    hash.Add(Hash(field));
                }

                return hash.ToHashCode();
            case string text:
                return text.GetHashCode(StringComparison.Ordinal);
            case IEnumerable items:
                var all = new HashCode();
                foreach (var item in items)
                {
                    all.Add(Hash(item));
                }

                return all.ToHashCode();
            default:
                return value.GetHashCode();
        }
    }
}
