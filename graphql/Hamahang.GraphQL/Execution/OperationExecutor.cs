using System.Collections.Concurrent;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Caching;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// The "execute" stage for one operation of one request: "ExecuteQuery", "ExecuteMutation" and the
/// execution of one subscription event. Resolvers that finish synchronously are completed at once, in
/// document order; a resolver that returns an unfinished task leaves a null slot and a pending entry,
/// and the pending entries are completed as their tasks finish (earliest started first), so independent
/// async resolvers run in parallel. When nothing can progress, pending DataLoader batches are dispatched.
/// Field errors are recorded as graphql-js records them, and a null in a non-null position is carried to
/// the nearest nullable parent: at once within one step and, when it has to leave a map or list completed
/// in an earlier step, as many microtask ticks later as graphql-js's promises take to carry it, keeping the
/// errors raised meanwhile (<see cref="Propagate"/>). See https://spec.graphql.org/September2025/#sec-Executing-Operations.
/// </summary>
internal sealed partial class OperationExecutor
{
    private readonly Schema _schema;
    private readonly PreparedDocument _document;
    private readonly OperationDefinitionNode _operation;
    private readonly ExecutionOptions _options;
    private readonly List<GraphQLError> _errors = [];
    private readonly CancellationToken _requestAborted;
    private readonly long _startedAt;
    private Dictionary<(FieldPlan, ObjectType), SelectionSetPlan>? _requestPlans;
    private FieldCollector? _collector;
    private CancellationTokenSource? _timeout;
    private ConcurrentDictionary<string, object?>? _contextData;
    private DataLoaderScope? _dataLoaders;
    private GraphQLError? _error;
    private bool _rootNulled;

    public OperationExecutor(
        Schema schema,
        PreparedDocument document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        ExecutionOptions options,
        CancellationToken requestAborted)
    {
        _schema = schema;
        _document = document;
        _operation = operation;
        Variables = variables;
        Services = services;
        _options = options;
        _requestAborted = requestAborted;
        _startedAt = Environment.TickCount64;
    }

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>The document's fragment definitions by name (the data conventions read sub-selections with them).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _document.Fragments;

    /// <summary>The schema.</summary>
    public Schema Schema => _schema;

    /// <summary>Per-request data shared by resolvers.</summary>
    public IDictionary<string, object?> ContextData => _contextData ??= InitialContextData is null
        ? new(StringComparer.Ordinal)
        : new(InitialContextData, StringComparer.Ordinal);

    /// <summary>The entries <see cref="ContextData"/> starts with (<see cref="GraphQLRequest.ContextData"/>).</summary>
    public IReadOnlyDictionary<string, object?>? InitialContextData { get; init; }

    /// <summary>The request's DataLoaders.</summary>
    public DataLoaderScope DataLoaders => _dataLoaders ??= new DataLoaderScope(SignalWork);

    /// <summary>Cancelled when the client goes away or the request times out (created on first use).</summary>
    public CancellationToken RequestAborted => (_timeout ??= CreateTimeout()).Token;

    /// <summary>
    /// Executes the operation with <paramref name="rootValue"/> as the root's parent value: root fields in
    /// parallel for queries and subscription events, in series for mutations.
    /// See https://spec.graphql.org/September2025/#ExecuteQuery() and https://spec.graphql.org/September2025/#ExecuteMutation().
    /// </summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(ObjectType rootType, object? rootValue)
    {
        try
        {
            var root = new ResultObject(RootPlan(rootType), null, 0, nullableInParent: true);
            if (_operation.Operation == OperationType.Mutation)
            {
                await ExecuteSeriallyAsync(root, rootValue).ConfigureAwait(false);
            }
            else
            {
                if (!ExecuteFields(root, rootValue))
                {
                    NullRoot();
                }

                if (HasPending)
                {
                    await DrainAsync().ConfigureAwait(false);
                }
            }

            return new ExecutionResult(true, _rootNulled ? null : root, _errors);
        }
        catch (OperationCanceledException) when (_timeout is { IsCancellationRequested: true } && !_requestAborted.IsCancellationRequested)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _errors.Add(new GraphQLError(
                $"The request exceeded the configured timeout of {seconds} seconds.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout }));
            return new ExecutionResult(true, null, _errors);
        }
        finally
        {
            if (_pendingCount > 0)
            {
                await SettleAsync().ConfigureAwait(false);
            }

            _timeout?.Dispose();
        }
    }

    private async ValueTask ExecuteSeriallyAsync(ResultObject root, object? rootValue)
    {
        var fields = root.Plan.Fields;
        for (var i = 0; i < fields.Length && !_rootNulled; i++)
        {
            if (!ExecuteField(root, i, fields[i], rootValue))
            {
                NullRoot();
                break;
            }

            if (HasPending)
            {
                await DrainAsync().ConfigureAwait(false);
            }
        }
    }

    private SelectionSetPlan RootPlan(ObjectType rootType)
    {
        if (_document.GetRootPlan(_operation) is { } cached && ReferenceEquals(cached.Type, rootType))
        {
            return cached;
        }

        var plan = Collector.CollectRoot(rootType, _operation.SelectionSet);
        if (!plan.DependsOnVariables)
        {
            _document.CacheRootPlan(_operation, plan);
        }

        return plan;
    }

    /// <summary>The plan of <paramref name="field"/>'s selection set for the runtime type <paramref name="type"/>.</summary>
    private SelectionSetPlan SubPlan(FieldPlan field, ObjectType type)
    {
        if (field.GetCachedPlan(type) is { } cached)
        {
            return cached;
        }

        if (_requestPlans is not null && _requestPlans.TryGetValue((field, type), out var perRequest))
        {
            return perRequest;
        }

        var plan = Collector.SubPlan(field, type);
        if (plan.DependsOnVariables)
        {
            (_requestPlans ??= [])[(field, type)] = plan;
        }

        return plan;
    }

    private FieldCollector Collector => _collector ??= new FieldCollector(_schema, _document.Fragments, Variables);

    private CancellationTokenSource CreateTimeout()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(_requestAborted);
        if (_options.Timeout != Timeout.InfiniteTimeSpan)
        {
            var left = _options.Timeout - TimeSpan.FromMilliseconds(Environment.TickCount64 - _startedAt);
            source.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }

        return source;
    }
}
