using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Checks a request against <see cref="RequestLimits"/>: the entry point the request pipeline calls after
/// validation and before execution. It analyses the operation that will run (the one named
/// <c>operationName</c>, or the document's only operation; every operation when the choice is left open),
/// with its fragments counted once per use, and returns one error per limit exceeded, each with
/// <c>extensions.code</c> (<see cref="LimitErrorCodes"/>), the limit and the measured value.
/// It never loops and never throws on a document validation would reject (unknown fields and types,
/// fragment cycles, missing fragments are skipped), so it may also run before or without validation.
/// </summary>
public static class RequestLimitsAnalyzer
{
    /// <summary>Analyses a request.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="operationName">The operation to run, if the request names one.</param>
    /// <param name="variables">
    /// The request's variable values (CLR values or <c>JsonElement</c>s), used for <c>first</c>/<c>last</c> and <c>ids</c> given by variables.
    /// </param>
    /// <param name="limits">The limits; <see cref="RequestLimits.Default"/> when null.</param>
    /// <param name="computeCost">
    /// Compute the cost even when no cost limit is on (for <c>GraphQL-Cost: report</c> and <c>validate</c>; see <see cref="CostReport"/>).
    /// </param>
    public static RequestLimitsResult Analyze(
        Schema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        RequestLimits? limits = null,
        bool computeCost = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        limits ??= RequestLimits.Default;

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
            else if (definition is OperationDefinitionNode operation && (operationName is null || operation.Name?.Value == operationName))
            {
                operations.Add(operation);
            }
        }

        if (operationName is not null && operations.Count > 1)
        {
            operations.RemoveRange(1, operations.Count - 1);
        }

        var values = new ArgumentValues(variables);
        var measurer = new OperationMeasurer(schema, fragments, new NodesArguments(limits.MaxNodesIds is null ? [] : limits.NodesArguments), values);
        var analyzeCost = computeCost || limits.MaxFieldCost is not null || limits.MaxTypeCost is not null;
        var costAnalyzer = analyzeCost ? new CostAnalyzer(schema, fragments, limits, values) : null;
        var errors = new List<GraphQLError>();
        var largest = default(OperationMeasures);
        CostReport? cost = null;
        foreach (var operation in operations)
        {
            var measures = measurer.Measure(operation);
            largest = Largest(largest, measures);
            Check(operation, measures, limits, errors);
            if (costAnalyzer is not null && !measures.TooDeep)
            {
                var report = costAnalyzer.Analyze(operation);
                cost = cost is null ? report : new CostReport(Math.Max(cost.FieldCost, report.FieldCost), Math.Max(cost.TypeCost, report.TypeCost));
                CheckCost(report, limits, errors);
            }
        }

        if (costAnalyzer is not null)
        {
            errors.AddRange(costAnalyzer.Errors);
        }

        return new RequestLimitsResult(errors, largest, cost);
    }

    private static void Check(OperationDefinitionNode operation, in OperationMeasures measures, RequestLimits limits, List<GraphQLError> errors)
    {
        if (measures.TooDeep)
        {
            errors.Add(LimitErrors.TooDeepToAnalyze(operation));
            return;
        }

        if (limits.MaxExecutionDepth is { } depth && measures.Depth > depth)
        {
            errors.Add(LimitErrors.Depth(operation, depth, measures.Depth));
        }

        if (limits.MaxAliases is { } aliases && measures.Aliases > aliases)
        {
            errors.Add(LimitErrors.Aliases(operation, aliases, measures.Aliases));
        }

        if (limits.MaxFields is { } fields && measures.Fields > fields)
        {
            errors.Add(LimitErrors.Fields(operation, fields, measures.Fields));
        }

        if (limits.MaxDirectivesPerLocation is { } directives && measures.Directives > directives)
        {
            errors.Add(LimitErrors.Directives(measures.DirectivesLocation!, directives, measures.Directives));
        }

        if (limits.MaxNodesIds is { } nodes && measures.NodesIds > nodes)
        {
            errors.Add(LimitErrors.Nodes(measures.NodesField!, nodes, measures.NodesIds));
        }
    }

    private static void CheckCost(CostReport report, RequestLimits limits, List<GraphQLError> errors)
    {
        if (limits.MaxFieldCost is { } maxFieldCost && report.FieldCost > maxFieldCost)
        {
            errors.Add(LimitErrors.FieldCost(maxFieldCost, report.FieldCost));
        }

        if (limits.MaxTypeCost is { } maxTypeCost && report.TypeCost > maxTypeCost)
        {
            errors.Add(LimitErrors.TypeCost(maxTypeCost, report.TypeCost));
        }
    }

    private static OperationMeasures Largest(in OperationMeasures a, in OperationMeasures b) => new()
    {
        Depth = Math.Max(a.Depth, b.Depth),
        Aliases = Math.Max(a.Aliases, b.Aliases),
        Fields = Math.Max(a.Fields, b.Fields),
        Directives = b.Directives > a.Directives ? b.Directives : a.Directives,
        DirectivesLocation = b.Directives > a.Directives ? b.DirectivesLocation : a.DirectivesLocation,
        NodesIds = b.NodesIds > a.NodesIds ? b.NodesIds : a.NodesIds,
        NodesField = b.NodesIds > a.NodesIds ? b.NodesField : a.NodesField,
        TooDeep = a.TooDeep || b.TooDeep,
    };
}
