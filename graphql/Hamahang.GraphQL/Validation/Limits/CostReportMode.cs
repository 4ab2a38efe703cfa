namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// What a client asks of the cost analysis with the <c>GraphQL-Cost</c> request header, as HotChocolate reads it
/// (https://chillicream.com/docs/hotchocolate/v14/security/cost-analysis).
/// </summary>
public enum CostReportMode
{
    /// <summary><c>GraphQL-Cost: report</c>: run the operation as usual and add its cost to the response.</summary>
    Report,

    /// <summary><c>GraphQL-Cost: validate</c>: analyse the operation and answer with its cost, without running it.</summary>
    Validate,
}
