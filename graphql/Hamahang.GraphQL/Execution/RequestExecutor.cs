using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Caching;
using Hamahang.GraphQL.Execution.Planning;
using Hamahang.GraphQL.Execution.Values;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// The request pipeline, <c>parse → validate → coerce variables → execute → serialize</c>, each stage a
/// type of its own: <see cref="DocumentCache"/> parses (and keeps the document, its validation and plans by
/// hash), <see cref="ExecutionOptions.Validator"/> validates, <see cref="ExecutionOptions.Analyzers"/> check
/// limits, <see cref="VariableCoercion"/> coerces variables, <see cref="OperationExecutor"/> executes and
/// <see cref="ExecutionResult"/> writes JSON. Thread-safe; create one per schema and reuse it.
/// See https://spec.graphql.org/September2025/#sec-Executing-Requests.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;

    /// <summary>Creates the executor of <paramref name="schema"/>.</summary>
    /// <param name="schema">A valid schema.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? new ExecutionOptions();
        _documents = new DocumentCache(Options.DocumentCacheSize);
    }

    /// <inheritdoc />
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>How many documents the parse stage holds.</summary>
    public int CachedDocumentCount => _documents.Count;

    /// <inheritdoc />
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var prepared = Prepare(request);
        if (prepared.ErrorResult is { } errorResult)
        {
            return new(errorResult);
        }

        if (prepared.Operation.Operation == OperationType.Subscription)
        {
            return new(ExecutionResult.FromErrors([new GraphQLError(
                "Subscription operations must be executed with SubscribeAsync.",
                nodes: [prepared.Operation])]));
        }

        return Execute(prepared, Options.RootValue, services, cancellationToken);
    }

    private ValueTask<ExecutionResult> Execute(PreparedRequest prepared, object? rootValue, IServiceProvider? services, CancellationToken cancellationToken)
    {
        var operation = prepared.Operation;
        var rootType = operation.Operation switch
        {
            OperationType.Mutation => Schema.MutationType,
            OperationType.Subscription => Schema.SubscriptionType,
            _ => Schema.QueryType,
        };
        if (rootType is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            return new(new ExecutionResult(true, null, [new GraphQLError($"Schema is not configured to execute {kind} operation.", nodes: [operation])]));
        }

        var executor = new OperationExecutor(
            Schema,
            prepared.Document,
            operation,
            prepared.Variables,
            services ?? EmptyServices.Instance,
            Options,
            cancellationToken)
        {
            InitialContextData = prepared.ContextData,
        };
        return executor.ExecuteAsync(rootType, rootValue);
    }

    /// <summary>Parse, validate, select the operation, analyze and coerce variables; or the request errors.</summary>
    private PreparedRequest Prepare(GraphQLRequest request)
    {
        PreparedDocument document;
        try
        {
            document = request.Document is { } parsed
                ? _documents.Prepare(parsed)
                : _documents.GetOrParse(request.Query ?? throw new GraphQLException("Must provide a query string."));
        }
        catch (GraphQLSyntaxException syntax)
        {
            return Failed([syntax.Error], RequestErrorCodes.ParseFailed);
        }
        catch (GraphQLException missing)
        {
            return Failed([new GraphQLError(missing.Message)], RequestErrorCodes.BadRequest);
        }

        foreach (var precheck in Options.Analyzers.OfType<IDocumentPrecheck>())
        {
            var errors = precheck.Precheck(document.Document, request.OperationName);
            if (errors.Count > 0)
            {
                return PreparedRequest.Failed(ExecutionResult.FromErrors(errors));
            }
        }

        var validationErrors = document.Validate(Schema, Options.Validator);
        if (validationErrors.Count > 0)
        {
            return Failed(validationErrors, RequestErrorCodes.ValidationFailed);
        }

        var operation = OperationSelection.Select(document.Document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return Failed([selectionError!], RequestErrorCodes.OperationResolutionFailure);
        }

        var rawVariables = JsonValues.Normalize(request.Variables);
        foreach (var analyzer in Options.Analyzers)
        {
            var analysis = new DocumentAnalysisContext(Schema, document.Document, operation, rawVariables, request.ContextData);
            var errors = analyzer.Analyze(analysis);
            if (errors.Count > 0 || analysis.Result is not null)
            {
                return PreparedRequest.Failed(errors.Count > 0 ? ExecutionResult.FromErrors(errors) : analysis.Result!);
            }
        }

        var variables = VariableCoercion.Coerce(Schema, operation, rawVariables, Options.HideSuggestions, out var variableErrors);
        return variables is null
            ? Failed(variableErrors, RequestErrorCodes.BadUserInput)
            : new PreparedRequest(document, operation, variables, null) { ContextData = request.ContextData };
    }

    /// <summary>The request errors that end a request, each given <paramref name="code"/> when it has none and the options ask for codes.</summary>
    private PreparedRequest Failed(IReadOnlyList<GraphQLError> errors, string code) =>
        PreparedRequest.Failed(ExecutionResult.FromErrors(Options.CodeRequestErrors ? RequestErrorCodes.Apply(errors, code) : errors));

    /// <summary>A request ready to execute, or the result that ends it.</summary>
    private sealed record PreparedRequest(
        PreparedDocument Document,
        OperationDefinitionNode Operation,
        IReadOnlyDictionary<string, object?> Variables,
        ExecutionResult? ErrorResult)
    {
        public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

        public static PreparedRequest Failed(ExecutionResult result) => new(null!, null!, null!, result);
    }

    /// <summary>A service provider with no services.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
