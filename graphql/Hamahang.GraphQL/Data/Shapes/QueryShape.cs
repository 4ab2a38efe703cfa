using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// A LINQ query's shape: its tree with every value it reads from a closure (a captured variable, a
/// <see cref="ValueParameter"/>) taken out as a slot, so two queries that differ only in those values have equal shapes
/// and can share one compiled query (Hamahang.GraphQL.EntityFramework's CompiledShapes over EF Core,
/// <see cref="CompiledEnumerables"/> in memory). What EF Core's query cache does on every execution (evaluate the
/// closures, hash the tree, compare it with the cached one), read in one pass that builds nothing. Constants stay part of
/// the shape, as they stay literals in EF Core's SQL; but for the counts of <c>Take</c> and <c>Skip</c>, which EF Core
/// sends as parameters, and the constants a provider's <see cref="QueryShapeRules"/> name values.
/// </summary>
/// <remarks>
/// Only the nodes the data conventions and resolvers build are read: lambdas, method calls, members, constants, unary
/// and binary operators, conditionals, <c>new</c> and member initialisers, arrays, type tests, and the query roots and
/// static members the provider's rules allow. Anything else (a closure that holds a query or a context, another static
/// member, an invocation, a non-simple constant) leaves the query without a shape, and it runs as LINQ. A slot's value
/// is a simple value (a number, a string, a date, an enum...), a collection of them, or null.
/// </remarks>
public sealed class QueryShape
{
    private static readonly ConcurrentDictionary<Type, bool> Collections = new();

    // Lambdas made once and put in every query of their shape (a page's row selector, a projection): read once per
    // provider's rules, then hashed by what that read found.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, SharedLambda> Shared = new();

    private readonly QueryShapeRules _rules;
    private readonly List<Expression> _slots = [];
    private readonly List<int> _reads = [];
    private HashCode _hash;

    // A prepared query's shape: its source's, and what the kept tree over it read (PreparedTree).
    private readonly QueryShape? _source;
    private readonly PreparedTree? _prepared;
    private readonly PreparedRead? _preparedRead;
    private Expression? _tree;
    private Expression[]? _preparedSlots;

    private QueryShape(Expression tree, QueryShapeRules rules)
    {
        _tree = tree;
        _rules = rules;
    }

    private QueryShape(QueryShape source, PreparedTree prepared, PreparedRead read, object?[] values)
    {
        _rules = source._rules;
        _source = source;
        _prepared = prepared;
        _preparedRead = read;
        Values = values;
        Hash = HashCode.Combine(source.Hash, read.Hash);
    }

    /// <summary>The tree the shape was read from (the first query of a shape keeps it, to be compared with the next).</summary>
    public Expression Tree => _tree ??= _prepared!.Compose(_source!.Tree);

    /// <summary>The values read, one per slot, in the order the tree first reads them.</summary>
    public object?[] Values { get; private set; } = [];

    /// <summary>
    /// Each slot's first read in <see cref="Tree"/> (a closure member, or the count of a <c>Take</c> or <c>Skip</c>): the
    /// expressions a compiled query takes as parameters.
    /// </summary>
    public IReadOnlyList<Expression> Slots => _prepared is null ? _slots : _preparedSlots ??= [.. _source!.Slots, .. _preparedRead!.Slots!];

    private int Hash { get; set; }

    /// <summary>The shape of <paramref name="tree"/>, or null when it holds a node outside the ones read (see the remarks).</summary>
    /// <param name="tree">The query's expression.</param>
    /// <param name="rules">What the provider's trees hold besides the nodes every LINQ tree has.</param>
    public static QueryShape? Read(Expression tree, QueryShapeRules rules)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(rules);
        var shape = new QueryShape(tree, rules);
        var values = new List<object?>();
        if (!shape.Walk(tree, values))
        {
            return null;
        }

        shape.Values = [.. values];
        shape._hash.Add(shape._reads.Count);
        shape.Hash = shape._hash.ToHashCode();
        return shape;
    }

    /// <summary>
    /// The shape of <paramref name="query"/>'s expression; for a query the data conventions keep (a prepared page over
    /// a request's source), the source's shape and the kept tree's, whose reading is itself kept: equal to the shapes of
    /// the same kept tree over other sources of the same shape, and never to a shape read from a whole tree.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="rules">What the provider's trees hold besides the nodes every LINQ tree has.</param>
    public static QueryShape? Read(IQueryable query, QueryShapeRules rules)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query is IPreparedQuery prepared ? ReadPrepared(prepared, rules) : Read(query.Expression, rules);
    }

    private static QueryShape? ReadPrepared(IPreparedQuery query, QueryShapeRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Read(query.Source.Expression, rules) is not { } source)
        {
            return null;
        }

        var prepared = query.Prepared;
        if (prepared.Read is not PreparedRead read || read.Rules != rules)
        {
            read = PreparedRead.Of(prepared, rules);
            prepared.Read = read;
        }

        if (read.Slots is not { } slots)
        {
            return null;
        }

        // The kept tree's values are read again for every request: a holder's never changes, a closure's may.
        var values = new object?[source.Values.Length + slots.Length];
        source.Values.CopyTo(values, 0);
        for (var i = 0; i < slots.Length; i++)
        {
            var value = Evaluate(slots[i]);
            if (!(slots[i] is ConstantExpression || IsParameterValue(value)))
            {
                return null;
            }

            values[source.Values.Length + i] = value;
        }

        return new QueryShape(source, prepared, read, values);
    }

    /// <summary>
    /// <see cref="Tree"/> with every read of a slot (the same closure member as the slot's first read, or the constant
    /// itself) replaced by that slot's expression in <paramref name="slots"/>: the body of a compiled query.
    /// </summary>
    /// <param name="slots">One expression per slot, of the slot's type.</param>
    public Expression Bind(IReadOnlyList<Expression> slots) => new SlotBinder(Slots, slots).Visit(Tree);

    /// <summary>
    /// Marks <paramref name="lambda"/> as made once and shared by many queries: the first walk that reads no slot in it
    /// keeps its hash, and later walks take that hash instead of reading it again.
    /// </summary>
    /// <param name="lambda">A lambda the data conventions keep (a selector, a projection).</param>
    internal static void Share(LambdaExpression lambda) => Shared.TryAdd(lambda, new SharedLambda());

    /// <summary>Compares shapes: equal trees but for the values their slots read, reading them in the same pattern.</summary>
    public static IEqualityComparer<QueryShape> Comparer { get; } = new ShapeComparer();

    /// <summary>A closure read: a chain of fields and properties ending at a non-null constant (<c>value(closure).caller.Id</c>).</summary>
    private static bool IsRead(MemberExpression node)
    {
        Expression? at = node;
        while (at is MemberExpression { Member: FieldInfo or PropertyInfo } member)
        {
            at = member.Expression;
        }

        return at is ConstantExpression { Value: not null };
    }

    private static object? Evaluate(Expression node) => node switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression member when ValueParameter.TryRead(member, out var value) => value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(Evaluate(member.Expression!)),
        MemberExpression { Member: PropertyInfo property } member => property.GetValue(Evaluate(member.Expression!)),
        _ => throw new InvalidOperationException($"{node} is not a closure read."),
    };

    /// <summary>Whether two closure reads read the same member chain of the same captured object.</summary>
    private static bool SameRead(Expression? a, Expression? b) => (a, b) switch
    {
        (ConstantExpression x, ConstantExpression y) => x.Value is not null && ReferenceEquals(x.Value, y.Value),
        (MemberExpression x, MemberExpression y) => x.Member == y.Member && SameRead(x.Expression, y.Expression),
        _ => false,
    };

    /// <summary>What a slot may hold: a simple value, a collection of simple values (not a query), or null.</summary>
    private static bool IsParameterValue(object? value) => value switch
    {
        null => true,
        IQueryable => false,
        string or IEnumerable => IsSimple(value.GetType()) || Collections.GetOrAdd(value.GetType(), type =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsSimple(i.GetGenericArguments()[0]))),
        _ => IsSimple(value.GetType()),
    };

    private static bool IsSimple(object? value) => value is null || IsSimple(value.GetType());

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly);
    }

    /// <summary>
    /// A <c>Take</c> or <c>Skip</c> count given as a constant: a slot of its own, as EF Core sends it as a parameter (one
    /// SQL text, one prepared statement, for every page size).
    /// </summary>
    private static bool IsCount(MethodCallExpression call, int argument) =>
        argument == 1 && call.Method.DeclaringType == typeof(Queryable) && call.Method.Name is nameof(Queryable.Take) or nameof(Queryable.Skip)
            && call.Arguments[1] is ConstantExpression { Value: int };

    private bool Slot(Expression node, List<object?> values)
    {
        var value = Evaluate(node);
        if (!(node is ConstantExpression constant && _rules.IsValue(constant) || IsParameterValue(value)))
        {
            return false;
        }

        var slot = node is ConstantExpression ? -1 : ReadSlot(node);
        if (slot < 0)
        {
            slot = _slots.Count;
            _slots.Add(node);
            values.Add(value);
        }

        _reads.Add(slot);
        _hash.Add(slot);
        _hash.Add(node.Type);
        return true;
    }

    // The slot an earlier read of the same closure member took, or -1.
    private int ReadSlot(Expression node)
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (SameRead(_slots[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    private bool WalkAll(IReadOnlyList<Expression> nodes, List<object?> values)
    {
        _hash.Add(nodes.Count);
        foreach (var node in nodes)
        {
            if (!Walk(node, values))
            {
                return false;
            }
        }

        return true;
    }

    // A lambda is hashed on its own, then into its query: a shared lambda's hash is the same, walked or remembered.
    private bool WalkLambda(LambdaExpression lambda, List<object?> values)
    {
        var shared = Shared.TryGetValue(lambda, out var found) ? found : null;
        if (shared?.Read is { } read && read.Rules == _rules)
        {
            _hash.Add(read.Hash);
            return true;
        }

        var outer = _hash;
        var reads = _reads.Count;
        _hash = default;
        var walked = WalkAll(lambda.Parameters, values) && Walk(lambda.Body, values);
        var hash = _hash.ToHashCode();
        _hash = outer;
        _hash.Add(hash);
        if (walked && shared is not null && _reads.Count == reads)
        {
            shared.Read = new SharedRead(_rules, hash);
        }

        return walked;
    }

    private bool Walk(Expression? node, List<object?> values)
    {
        if (node is null)
        {
            _hash.Add(0);
            return true;
        }

        _hash.Add(node.NodeType);
        _hash.Add(node.Type);
        switch (node)
        {
            case MemberExpression member when member.Expression is not null && IsRead(member):
                return Slot(member, values);
            case MemberExpression { Expression: null } member:
                // A static member the rules keep (EF.Functions) stays in the tree; any other would be evaluated, so no shape.
                _hash.Add(member.Member);
                return _rules.KeepsStatic(member);
            case MemberExpression member:
                _hash.Add(member.Member);
                return Walk(member.Expression, values);
            case ConstantExpression constant when _rules.IsValue(constant):
                return Slot(constant, values);
            case ConstantExpression constant:
                _hash.Add(constant.Value);
                return IsSimple(constant.Value);
            case ParameterExpression:
                return true;
            case LambdaExpression lambda:
                return WalkLambda(lambda, values);
            case MethodCallExpression call:
                _hash.Add(call.Method);
                if (!Walk(call.Object, values))
                {
                    return false;
                }

                for (var i = 0; i < call.Arguments.Count; i++)
                {
                    if (!(IsCount(call, i) ? Slot(call.Arguments[i], values) : Walk(call.Arguments[i], values)))
                    {
                        return false;
                    }
                }

                return true;
            case UnaryExpression unary:
                _hash.Add(unary.Method);
                return Walk(unary.Operand, values);
            case BinaryExpression binary:
                _hash.Add(binary.Method);
                return binary.Conversion is null && Walk(binary.Left, values) && Walk(binary.Right, values);
            case ConditionalExpression conditional:
                return Walk(conditional.Test, values) && Walk(conditional.IfTrue, values) && Walk(conditional.IfFalse, values);
            case NewExpression create:
                _hash.Add(create.Constructor);
                return WalkAll(create.Arguments, values);
            case MemberInitExpression init:
                if (!Walk(init.NewExpression, values))
                {
                    return false;
                }

                foreach (var binding in init.Bindings)
                {
                    if (binding is not MemberAssignment assignment)
                    {
                        return false;
                    }

                    _hash.Add(assignment.Member);
                    if (!Walk(assignment.Expression, values))
                    {
                        return false;
                    }
                }

                return true;
            case NewArrayExpression array:
                return WalkAll(array.Expressions, values);
            case TypeBinaryExpression test:
                _hash.Add(test.TypeOperand);
                return Walk(test.Expression, values);
            case DefaultExpression:
                return true;
            case { NodeType: ExpressionType.Extension } when _rules.Root(node) is { } root:
                _hash.Add(root);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Replaces every read of a slot (the same closure member as its first read, or the count itself) by the slot's parameter.</summary>
    private sealed class SlotBinder(IReadOnlyList<Expression> slots, IReadOnlyList<Expression> parameters) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            for (var i = 0; i < slots.Count; i++)
            {
                if (ReferenceEquals(slots[i], node))
                {
                    return parameters[i];
                }
            }

            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            for (var i = 0; i < slots.Count; i++)
            {
                if (SameRead(slots[i], node))
                {
                    return parameters[i];
                }
            }

            return base.VisitMember(node);
        }
    }

    private sealed record SharedRead(QueryShapeRules Rules, int Hash);

    /// <summary>A kept tree's reading under one provider's rules: its hash, its slots and its reads; no slots when it has no shape.</summary>
    private sealed record PreparedRead(QueryShapeRules Rules, int Hash, Expression[]? Slots, int[] Reads)
    {
        public static PreparedRead Of(PreparedTree prepared, QueryShapeRules rules)
        {
            var walker = new QueryShape(prepared.Tree, rules);
            if (!walker.Walk(prepared.Tree, []))
            {
                return new PreparedRead(rules, 0, null, []);
            }

            walker._hash.Add(walker._reads.Count);
            return new PreparedRead(rules, walker._hash.ToHashCode(), [.. walker._slots], [.. walker._reads]);
        }
    }

    private sealed class SharedLambda
    {
        public volatile SharedRead? Read;
    }

    private sealed class ShapeComparer : IEqualityComparer<QueryShape>
    {
        public bool Equals(QueryShape? x, QueryShape? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && x.Hash == y.Hash && x._rules == y._rules
                && (x._prepared, y._prepared) switch
                {
                    (null, null) => x._reads.SequenceEqual(y._reads) && new TreeComparer(x._rules).Same(x.Tree, y.Tree),
                    ({ } a, { } b) => Equals(x._source, y._source) && (ReferenceEquals(a, b)
                        || x._preparedRead!.Reads.AsSpan().SequenceEqual(y._preparedRead!.Reads) && new TreeComparer(x._rules).SamePrepared(a, b)),
                    _ => false,
                };

        public int GetHashCode(QueryShape obj) => obj.Hash;
    }

    /// <summary>Compares two trees node by node; closure reads compare by type (their values are the slots'), parameters by binding.</summary>
    private sealed class TreeComparer(QueryShapeRules rules)
    {
        private readonly List<(ParameterExpression, ParameterExpression)> _bound = [];

        /// <summary>Two kept trees, their placeholders taken as one.</summary>
        public bool SamePrepared(PreparedTree a, PreparedTree b)
        {
            if (a.Source.Type != b.Source.Type)
            {
                return false;
            }

            _bound.Add((a.Source, b.Source));
            return Same(a.Tree, b.Tree);
        }

        public bool Same(Expression? a, Expression? b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null || a.NodeType != b.NodeType || a.Type != b.Type)
            {
                return false;
            }

            return (a, b) switch
            {
                (MemberExpression x, MemberExpression y) when x.Expression is not null && IsRead(x) => y.Expression is not null && IsRead(y),
                (MemberExpression x, MemberExpression y) => x.Member == y.Member && !(y.Expression is not null && IsRead(y))
                    && Same(x.Expression, y.Expression),
                (ConstantExpression x, ConstantExpression y) when rules.IsValue(x) => rules.IsValue(y),
                (ConstantExpression x, ConstantExpression y) => !rules.IsValue(y) && Equals(x.Value, y.Value),
                (ParameterExpression x, ParameterExpression y) => Bound(x, y),
                (LambdaExpression x, LambdaExpression y) => SameLambda(x, y),
                (MethodCallExpression x, MethodCallExpression y) => x.Method == y.Method && Same(x.Object, y.Object) && SameArguments(x, y),
                (UnaryExpression x, UnaryExpression y) => x.Method == y.Method && Same(x.Operand, y.Operand),
                (BinaryExpression x, BinaryExpression y) => x.Method == y.Method && x.IsLiftedToNull == y.IsLiftedToNull
                    && Same(x.Left, y.Left) && Same(x.Right, y.Right),
                (ConditionalExpression x, ConditionalExpression y) => Same(x.Test, y.Test) && Same(x.IfTrue, y.IfTrue) && Same(x.IfFalse, y.IfFalse),
                (NewExpression x, NewExpression y) => SameNew(x, y),
                (MemberInitExpression x, MemberInitExpression y) => SameNew(x.NewExpression, y.NewExpression) && x.Bindings.Count == y.Bindings.Count
                    && x.Bindings.Zip(y.Bindings).All(p => p.First is MemberAssignment m && p.Second is MemberAssignment n && m.Member == n.Member
                        && Same(m.Expression, n.Expression)),
                (NewArrayExpression x, NewArrayExpression y) => SameAll(x.Expressions, y.Expressions),
                (TypeBinaryExpression x, TypeBinaryExpression y) => x.TypeOperand == y.TypeOperand && Same(x.Expression, y.Expression),
                (DefaultExpression, DefaultExpression) => true,
                _ when a.NodeType == ExpressionType.Extension => rules.Root(a) is { } root && Equals(root, rules.Root(b)),
                _ => false,
            };
        }

        private bool SameArguments(MethodCallExpression x, MethodCallExpression y)
        {
            for (var i = 0; i < x.Arguments.Count; i++)
            {
                if (IsCount(x, i) ? !IsCount(y, i) : !Same(x.Arguments[i], y.Arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool SameNew(NewExpression x, NewExpression y) =>
            x.Constructor == y.Constructor && SameAll(x.Arguments, y.Arguments)
                && (x.Members ?? []).SequenceEqual(y.Members ?? []);

        private bool SameAll(System.Collections.ObjectModel.ReadOnlyCollection<Expression> x, System.Collections.ObjectModel.ReadOnlyCollection<Expression> y)
        {
            if (x.Count != y.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!Same(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool SameLambda(LambdaExpression x, LambdaExpression y)
        {
            if (x.Parameters.Count != y.Parameters.Count)
            {
                return false;
            }

            var mark = _bound.Count;
            for (var i = 0; i < x.Parameters.Count; i++)
            {
                if (x.Parameters[i].Type != y.Parameters[i].Type)
                {
                    return false;
                }

                _bound.Add((x.Parameters[i], y.Parameters[i]));
            }

            var same = Same(x.Body, y.Body);
            _bound.RemoveRange(mark, _bound.Count - mark);
            return same;
        }

        private bool Bound(ParameterExpression x, ParameterExpression y)
        {
            for (var i = _bound.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(_bound[i].Item1, x))
                {
                    return ReferenceEquals(_bound[i].Item2, y);
                }
            }

            return false;
        }
    }
}
