using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>What <see cref="RequestLimitsAnalyzer"/> found: the errors of the limits exceeded, the measures and the cost.</summary>
/// <param name="Errors">One error per limit exceeded (empty when the request may run).</param>
/// <param name="Measures">The counts measured (of the largest operation, when several were analysed).</param>
/// <param name="Cost">The computed cost, when cost analysis ran (a cost limit is on, or the cost was asked for).</param>
public sealed record RequestLimitsResult(IReadOnlyList<GraphQLError> Errors, OperationMeasures Measures, CostReport? Cost)
{
    /// <summary>True when no limit is exceeded.</summary>
    public bool IsValid => Errors.Count == 0;
}
