namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The computed cost of an operation (https://ibm.github.io/graphql-specs/cost-spec.html), as
/// HotChocolate reports it. The HTTP layer's contract with clients, after HotChocolate:
/// a request with the header <c>GraphQL-Cost: report</c> is executed as usual and its response carries
/// <c>extensions.operationCost</c> = <c>{"fieldCost": FieldCost, "typeCost": TypeCost}</c>;
/// with <c>GraphQL-Cost: validate</c> the operation is analysed (and rejected if over a limit) but not
/// executed, and the response holds only that <c>extensions.operationCost</c> (with the errors, if any).
/// Without the header the cost is enforced and not reported. (HotChocolate's <c>validate</c> does not enforce the
/// cost limits; ours does, so a client learns both the cost and whether the operation would be refused.)
/// Computed for a request by <see cref="RequestLimitsDocumentAnalyzer"/> through a <see cref="CostReportRequest"/>.
/// </summary>
/// <param name="FieldCost">The field cost: what resolving the selected fields costs (weights of fields and arguments, times list sizes).</param>
/// <param name="TypeCost">The type cost: how many objects the response may hold (weights of composite types, times list sizes).</param>
public sealed record CostReport(double FieldCost, double TypeCost)
{
    /// <summary>The key of the response's <c>extensions</c> entry that holds <see cref="ToExtension"/>: <c>operationCost</c>.</summary>
    public const string ExtensionKey = "operationCost";

    /// <summary>The <c>extensions.operationCost</c> map of the response: <c>fieldCost</c> and <c>typeCost</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["fieldCost"] = FieldCost, ["typeCost"] = TypeCost };
}
