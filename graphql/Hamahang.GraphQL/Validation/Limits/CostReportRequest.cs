namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// A request for the cost of one operation: the transport puts it into the request's context data under
/// <see cref="ContextDataKey"/>, <see cref="RequestLimitsDocumentAnalyzer"/> fills in <see cref="Cost"/> (and,
/// in <see cref="CostReportMode.Validate"/> mode, ends the request before execution), and the transport adds
/// <see cref="CostReport.ToExtension"/> to the response as <c>extensions.operationCost</c>.
/// </summary>
/// <param name="mode">Report the cost of an executed operation, or only validate it.</param>
public sealed class CostReportRequest(CostReportMode mode)
{
    /// <summary>The key of <c>GraphQLRequest.ContextData</c> the request is stored under.</summary>
    public const string ContextDataKey = "Hamahang.Limits.CostReport";

    /// <summary>The mode.</summary>
    public CostReportMode Mode { get; } = mode;

    /// <summary>The cost, once the analysis ran (null when the request ended earlier: a syntax or validation error).</summary>
    public CostReport? Cost { get; set; }
}
