using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The limits as a stage of the request pipeline (<see cref="ExecutionOptions.Analyzers"/>): after validation, the
/// operation about to run is checked by <see cref="RequestLimitsAnalyzer.Analyze"/> with the request's variables,
/// and a request over a limit ends with the first limit's error (one error, however many limits the document
/// exceeds, as <see cref="RequestLimitsPrecheck"/> answers), with <c>extensions.code</c> (<see cref="LimitErrorCodes"/>).
/// When the request's context data holds a <see cref="CostReportRequest"/>, the cost is computed and stored in it
/// (whether or not a cost limit is on), and in <see cref="CostReportMode.Validate"/> mode the request ends here
/// without executing. <c>AddHamahangGraphQL</c> registers it for every request.
/// A cached document is not measured again on every request: what passed is remembered with the parsed document
/// (the syntax's precheck per operation name; the analysis of an operation that declares no variables, asked with
/// none and without a cost report, whose outcome then depends on nothing but the document, the schema and the limits).
/// A document that fails is checked again each time, so its errors are always the ones it has.
/// </summary>
/// <param name="limits">The limits; <see cref="RequestLimits.Default"/> when null.</param>
public sealed class RequestLimitsDocumentAnalyzer(RequestLimits? limits = null) : IDocumentAnalyzer, IDocumentPrecheck
{
    // What passed, per parsed document: kept as long as the document is (the document cache's entries), then dropped with it.
    private readonly ConditionalWeakTable<DocumentNode, Passed> _passed = [];

    /// <summary>The limits checked.</summary>
    public RequestLimits Limits { get; } = limits ?? RequestLimits.Default;

    /// <inheritdoc />
    /// <remarks>The limits <see cref="RequestLimitsPrecheck"/> can check on the syntax, before validation.</remarks>
    public IReadOnlyList<GraphQLError> Precheck(DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var passed = _passed.GetOrCreateValue(document);
        if (passed.WasPrechecked(operationName ?? string.Empty))
        {
            return [];
        }

        if (RequestLimitsPrecheck.Check(document, Limits, operationName) is { } error)
        {
            return [error];
        }

        // An operation's name is never empty, so the empty string stands for "no name given" (every operation checked).
        passed.Prechecked(operationName ?? string.Empty);
        return [];
    }

    /// <inheritdoc />
    public IReadOnlyList<GraphQLError> Analyze(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var costRequest = context.ContextData?.GetValueOrDefault(CostReportRequest.ContextDataKey) as CostReportRequest;
        var fixedOutcome = costRequest is null && context.Operation.VariableDefinitions.Count == 0 && context.Variables is null or { Count: 0 };
        var passed = fixedOutcome ? _passed.GetOrCreateValue(context.Document) : null;
        if (passed is not null && passed.WasAnalyzed(context.Operation, context.Schema))
        {
            return [];
        }

        var result = RequestLimitsAnalyzer.Analyze(
            context.Schema, context.Document, context.Operation.Name?.Value, context.Variables, Limits, computeCost: costRequest is not null);
        IReadOnlyList<GraphQLError> errors = result.Errors.Count > 1 ? [result.Errors[0]] : result.Errors;
        if (costRequest is null)
        {
            if (passed is not null && errors.Count == 0)
            {
                passed.Analyzed(context.Operation, context.Schema);
            }

            return errors;
        }

        costRequest.Cost = result.Cost;
        if (result.IsValid && costRequest.Mode == CostReportMode.Validate)
        {
            context.Result = ExecutionResult.FromErrors([]);
        }

        return errors;
    }

    /// <summary>
    /// The checks one document passed: the operation names prechecked, and the operations analyzed (each with its schema).
    /// A few entries at most (a document's operations), so arrays replaced under a lock and read without one.
    /// </summary>
    private sealed class Passed
    {
        private readonly Lock _lock = new();
        private string[] _prechecked = [];
        private (OperationDefinitionNode Operation, Types.Schema Schema)[] _analyzed = [];

        public bool WasPrechecked(string operationName) => Array.IndexOf(Volatile.Read(ref _prechecked), operationName) >= 0;

        public void Prechecked(string operationName)
        {
            lock (_lock)
            {
                if (!WasPrechecked(operationName))
                {
                    Volatile.Write(ref _prechecked, [.. _prechecked, operationName]);
                }
            }
        }

        public bool WasAnalyzed(OperationDefinitionNode operation, Types.Schema schema)
        {
            foreach (var entry in Volatile.Read(ref _analyzed))
            {
                if (ReferenceEquals(entry.Operation, operation) && ReferenceEquals(entry.Schema, schema))
                {
                    return true;
                }
            }

            return false;
        }

        public void Analyzed(OperationDefinitionNode operation, Types.Schema schema)
        {
            lock (_lock)
            {
                if (!WasAnalyzed(operation, schema))
                {
                    Volatile.Write(ref _analyzed, [.. _analyzed, (operation, schema)]);
                }
            }
        }
    }
}
