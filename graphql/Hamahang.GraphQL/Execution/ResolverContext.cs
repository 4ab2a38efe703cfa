using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IResolverContext"/>: one object reused for every resolver that finishes
/// synchronously, and handed over to (never reused after) a resolver that returns an unfinished task.
/// The path is computed from the result being built only when a resolver asks for it.
/// See https://spec.graphql.org/September2025/#ResolveFieldValue().
/// </summary>
internal sealed class ResolverContext : IResolverContext, IDataLoaderContext
{
    private readonly OperationExecutor _executor;
    private FieldPlan _field = null!;
    private ResultNode _container = null!;
    private int _index;

    public ResolverContext(OperationExecutor executor)
    {
        _executor = executor;
    }

    /// <inheritdoc />
    public Schema Schema => _executor.Schema;

    /// <inheritdoc />
    public ObjectType ParentType => _field.ParentType;

    /// <inheritdoc />
    public FieldDefinition Field => _field.Field;

    /// <inheritdoc />
    public string ResponseName => _field.ResponseName;

    /// <inheritdoc />
    public object? Parent { get; private set; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    /// <inheritdoc />
    public IServiceProvider Services => _executor.Services;

    /// <inheritdoc />
    public CancellationToken RequestAborted => _executor.RequestAborted;

    /// <inheritdoc />
    public IReadOnlyList<object> Path => _container.PathOf(_index);

    /// <inheritdoc />
    public IReadOnlyList<Language.FieldNode> FieldSelections => _field.Nodes;

    /// <inheritdoc />
    public IDictionary<string, object?> ContextData => _executor.ContextData;

    /// <inheritdoc />
    public DataLoaderScope DataLoaders => _executor.DataLoaders;

    /// <summary>The plan of the field being resolved, for the data conventions' projections.</summary>
    public FieldPlan Plan => _field;

    /// <summary>The operation being executed (its fragments and variables), for the data conventions' projections.</summary>
    public OperationExecutor Operation => _executor;

    /// <summary>Points the context at one field execution.</summary>
    public void Set(FieldPlan field, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultNode container, int index)
    {
        _field = field;
        Parent = parent;
        Arguments = arguments;
        _container = container;
        _index = index;
    }

    /// <summary>Drops the references of the last field execution.</summary>
    public void Clear()
    {
        Parent = null;
    }
}
