using System.Globalization;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The errors of the limits, worded in one place so they are reviewed together. The depth and cost
/// messages and extension names are HotChocolate's (checked against its sources); the nodes message is
/// worded after HotChocolate's Relay batch limit; the others follow the depth message's shape. Every error carries <c>extensions.code</c>, the limit
/// and the value measured.
/// </summary>
internal static class LimitErrors
{
    public static GraphQLError Depth(SyntaxNode operation, int limit, long measured) => Create(
        Format($"The GraphQL document has an execution depth of {measured} which exceeds the max allowed execution depth of {limit}."),
        operation,
        LimitErrorCodes.MaxDepthExceeded,
        ("allowedExecutionDepth", limit),
        ("detectedExecutionDepth", measured));

    public static GraphQLError TooDeepToAnalyze(SyntaxNode operation) => Create(
        "The GraphQL document is nested too deeply to be analyzed.",
        operation,
        LimitErrorCodes.MaxDepthExceeded);

    public static GraphQLError Aliases(SyntaxNode operation, int limit, long measured) => Create(
        Format($"The GraphQL document has {measured} aliases which exceeds the max allowed number of aliases of {limit}."),
        operation,
        LimitErrorCodes.MaxAliasesExceeded,
        ("allowedAliases", limit),
        ("detectedAliases", measured));

    public static GraphQLError Fields(SyntaxNode operation, int limit, long measured) => Create(
        Format($"The GraphQL document selects {measured} fields which exceeds the max allowed number of fields of {limit}."),
        operation,
        LimitErrorCodes.MaxFieldsExceeded,
        ("allowedFields", limit),
        ("detectedFields", measured));

    public static GraphQLError Directives(SyntaxNode location, int limit, long measured) => Create(
        Format($"The GraphQL document has {measured} directives at one location which exceeds the max allowed number of directives per location of {limit}."),
        location,
        LimitErrorCodes.MaxDirectivesExceeded,
        ("allowedDirectives", limit),
        ("detectedDirectives", measured));

    public static GraphQLError Duplicates(SyntaxNode field, int limit, long measured) => Create(
        Format($"The GraphQL document selects one field {measured} times in one selection set ") +
            Format($"which exceeds the max allowed number of duplicate fields of {limit}."),
        field,
        LimitErrorCodes.MaxFieldDuplicatesExceeded,
        ("allowedFieldDuplicates", limit),
        ("detectedFieldDuplicates", measured));

    public static GraphQLError Nodes(SyntaxNode field, int limit, long measured) => Create(
        Format($"The maximum number of nodes that can be fetched at once is {limit}. ") +
            Format($"This selection tried to fetch {measured} nodes that exceeded the maximum allowed amount."),
        field,
        LimitErrorCodes.MaxNodesExceeded,
        ("allowedNodes", limit),
        ("detectedNodes", measured));

    public static GraphQLError FieldCost(double limit, double measured) => Create(
        "The maximum allowed field cost was exceeded.",
        null,
        LimitErrorCodes.CostExceeded,
        ("fieldCost", measured),
        ("maxFieldCost", limit));

    public static GraphQLError TypeCost(double limit, double measured) => Create(
        "The maximum allowed type cost was exceeded.",
        null,
        LimitErrorCodes.CostExceeded,
        ("typeCost", measured),
        ("maxTypeCost", limit));

    public static GraphQLError SlicingArgument(FieldNode field, IReadOnlyList<object> path) => new(
        "Exactly one slicing argument must be defined.",
        path: path,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = LimitErrorCodes.SlicingArgumentRequired },
        nodes: [field]);

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    private static GraphQLError Create(string message, SyntaxNode? node, string code, params (string Key, object Value)[] values)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in values)
        {
            extensions[key] = value;
        }

        return new GraphQLError(message, extensions: extensions, nodes: node is null ? null : [node]);
    }
}
