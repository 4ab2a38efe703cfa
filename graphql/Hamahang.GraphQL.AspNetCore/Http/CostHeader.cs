using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>GraphQL-Cost</c> request header, as HotChocolate reads it: <c>report</c> runs the request and adds
/// <c>extensions.operationCost</c> (<c>{"fieldCost": n, "typeCost": n}</c>) to its response; <c>validate</c> answers
/// with that cost (and the limits' errors, if any) without running it. Any other value is refused with 400 and
/// <see cref="TransportErrorCodes.InvalidCostHeader"/> (HotChocolate ignores it; a typo should not pass unseen).
/// Read over HTTP only: a WebSocket upgrade's headers do not apply to the operations of the connection.
/// </summary>
internal static class CostHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "GraphQL-Cost";

    /// <summary>The mode the request asks for, or null when it has no such header.</summary>
    /// <exception cref="TransportException">The header has a value other than <c>report</c> or <c>validate</c>.</exception>
    public static CostReportMode? Read(HttpRequest request)
    {
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return null;
        }

        var value = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReportMode.Report;
        }

        if (string.Equals(value, "validate", StringComparison.OrdinalIgnoreCase))
        {
            return CostReportMode.Validate;
        }

        throw new TransportException(
            StatusCodes.Status400BadRequest,
            TransportErrorCodes.InvalidCostHeader,
            $"The {Name} header must be 'report' or 'validate'.");
    }

    /// <summary>The request with <paramref name="cost"/> in its context data, where <see cref="RequestLimitsDocumentAnalyzer"/> finds it.</summary>
    public static GraphQLRequest Attach(GraphQLRequest request, CostReportRequest cost)
    {
        var data = request.ContextData is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(request.ContextData, StringComparer.Ordinal);
        data[CostReportRequest.ContextDataKey] = cost;
        return request with { ContextData = data };
    }

    /// <summary>The result with <c>extensions.operationCost</c>, when the cost was computed (not when the request failed before analysis).</summary>
    public static ExecutionResult Report(ExecutionResult result, CostReportRequest cost) =>
        cost.Cost is { } report
            ? result.WithExtensions(new Dictionary<string, object?>(StringComparer.Ordinal) { [CostReport.ExtensionKey] = report.ToExtension() })
            : result;
}
