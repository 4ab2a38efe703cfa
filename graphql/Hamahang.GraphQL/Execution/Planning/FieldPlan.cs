using System.Text.Json;
using Hamahang.GraphQL.Execution.Values;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// One entry of a grouped field set: the response name, the field selections merged under it, the
/// field definition and what the executor needs to run it without looking anything up again (the
/// resolver, constant arguments, the encoded response name, the sub-plans per runtime type).
/// Shared by concurrent requests when its selection set plan is; its caches are thread-safe.
/// See https://spec.graphql.org/September2025/#ExecuteField().
/// </summary>
internal sealed class FieldPlan
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), PureFieldResolver> Readers = new();
    private readonly object _gate = new();
    private SelectionSetPlan? _singlePlan;
    private Dictionary<ObjectType, SelectionSetPlan>? _plans;
    private DefaultReader? _reader;
    private IReadOnlyList<SourceLocation>? _locations;

    public FieldPlan(string responseName, FieldNode[] nodes, FieldDefinition field, ObjectType parentType)
    {
        ResponseName = responseName;
        EncodedName = JsonEncodedText.Encode(responseName, ResultWriter.Encoder);
        Nodes = nodes;
        Field = field;
        ParentType = parentType;
        Type = field.Type;
        Resolver = field.Resolver;
        PureResolver = field.PureResolver;
        if (field.Arguments.Count == 0)
        {
            ArgumentsAreConstant = true;
            ConstantArguments = ArgumentCoercion.None;
        }
        else if (ArgumentCoercion.IsConstant(nodes[0].Arguments))
        {
            ArgumentsAreConstant = true;
            ConstantArguments = CoerceArguments(null, hideSuggestions: false, out var error);
            ConstantArgumentError = error;
        }
    }

    public string ResponseName { get; }

    public JsonEncodedText EncodedName { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Field { get; }

    public ObjectType ParentType { get; }

    public GraphQLType Type { get; }

    public FieldResolver? Resolver { get; }

    public PureFieldResolver? PureResolver { get; }

    /// <summary>True when the arguments refer to no variable (they are coerced once, here).</summary>
    public bool ArgumentsAreConstant { get; }

    /// <summary>The coerced arguments when constant and valid.</summary>
    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; }

    /// <summary>The argument error when constant and invalid.</summary>
    public ArgumentError? ConstantArgumentError { get; }

    /// <summary>
    /// What the data conventions keep for this field's pages (Hamahang.GraphQL.Data's <c>PreparedPages</c>), made on first
    /// use: it lives as long as the plan, so a document no longer cached takes its pages with it.
    /// </summary>
    public object? DataPages { get; set; }

    /// <summary>The locations of the merged field selections, for errors.</summary>
    public IReadOnlyList<SourceLocation> Locations => _locations ??= Nodes.Select(n => n.Location.StartLocation).ToArray();

    /// <summary>Coerces the arguments with <paramref name="variables"/>; null and an error message when invalid.</summary>
    public IReadOnlyDictionary<string, object?>? CoerceArguments(
        IReadOnlyDictionary<string, object?>? variables,
        bool hideSuggestions,
        out ArgumentError? error) =>
        ArgumentCoercion.Coerce(
            Field.Arguments,
            Nodes[0].Arguments,
            variables,
            a => ArgumentCoercion.DescribeFieldArgument(Field, a),
            hideSuggestions,
            out error);

    /// <summary>Reads the field from a parent value with the default resolver, caching the compiled reader per CLR type.</summary>
    public object? ReadDefault(object? parent)
    {
        switch (parent)
        {
            case null:
                return null;
            case Dictionary<string, object?> map:
                return map.GetValueOrDefault(Field.Name);
            case IReadOnlyDictionary<string, object?> or System.Collections.IDictionary:
                return DefaultResolvers.ReadMember(parent, Field.Name);
        }

        var reader = _reader;
        var type = parent.GetType();
        if (reader is null || reader.Type != type)
        {
            reader = new DefaultReader(type, Readers.GetOrAdd((type, Field.Name), static key => DefaultResolvers.CompileReader(key.Item1, key.Item2)));
            _reader = reader;
        }

        return reader.Read(parent);
    }

    /// <summary>The cached sub-plan for <paramref name="type"/>, or null when none is cached yet.</summary>
    public SelectionSetPlan? GetCachedPlan(ObjectType type)
    {
        var single = Volatile.Read(ref _singlePlan);
        if (single is not null && ReferenceEquals(single.Type, type))
        {
            return single;
        }

        lock (_gate)
        {
            return _plans?.GetValueOrDefault(type);
        }
    }

    /// <summary>Caches a sub-plan that does not depend on variables.</summary>
    public void CachePlan(SelectionSetPlan plan)
    {
        if (Interlocked.CompareExchange(ref _singlePlan, plan, null) is null)
        {
            return;
        }

        lock (_gate)
        {
            _plans ??= [];
            _plans[plan.Type] = plan;
        }
    }

    private sealed record DefaultReader(Type Type, PureFieldResolver Read);
}
