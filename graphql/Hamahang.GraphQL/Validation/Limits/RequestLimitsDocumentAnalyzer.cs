using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The limits as a stage of the request pipeline (<see cref="ExecutionOptions.Analyzers"/>): after validation, the
/// operation about to run is checked by <see cref="RequestLimitsAnalyzer.Analyze"/> with the request's variables,
/// and a request over a limit ends with the first limit's error (one error, however many limits the document
/// exceeds, as <see cref="RequestLimitsPrecheck"/> answers), with <c>extensions.code</c> (<see cref="LimitErrorCodes"/>).
/// When the request's context data holds a <see cref="CostReportRequest"/>, the cost is computed and stored in it
/// (whether or not a cost limit is on), and in <see cref="CostReportMode.Validate"/> mode the request ends here
/// without executing. <c>AddHamahangGraphQL</c> registers it for every request.
/// </summary>
/// <param name="limits">The limits; <see cref="RequestLimits.Default"/> when null.</param>
public sealed class RequestLimitsDocumentAnalyzer(RequestLimits? limits = null) : IDocumentAnalyzer, IDocumentPrecheck
{
    /// <summary>The limits checked.</summary>
    public RequestLimits Limits { get; } = limits ?? RequestLimits.Default;

    /// <inheritdoc />
    /// <remarks>The limits <see cref="RequestLimitsPrecheck"/> can check on the syntax, before validation.</remarks>
    public IReadOnlyList<GraphQLError> Precheck(Language.DocumentNode document, string? operationName) =>
        RequestLimitsPrecheck.Check(document, Limits, operationName) is { } error ? [error] : [];

    /// <inheritdoc />
    public IReadOnlyList<GraphQLError> Analyze(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var costRequest = context.ContextData?.GetValueOrDefault(CostReportRequest.ContextDataKey) as CostReportRequest;
        var result = RequestLimitsAnalyzer.Analyze(
            context.Schema, context.Document, context.Operation.Name?.Value, context.Variables, Limits, computeCost: costRequest is not null);
        IReadOnlyList<GraphQLError> errors = result.Errors.Count > 1 ? [result.Errors[0]] : result.Errors;
        if (costRequest is null)
        {
            return errors;
        }

        costRequest.Cost = result.Cost;
        if (result.IsValid && costRequest.Mode == CostReportMode.Validate)
        {
            context.Result = ExecutionResult.FromErrors([]);
        }

        return errors;
    }
}
