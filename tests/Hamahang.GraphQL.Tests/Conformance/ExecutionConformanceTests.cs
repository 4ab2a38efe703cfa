using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;
using Xunit.Abstractions;

namespace Hamahang.GraphQL.Tests.Conformance;

/// <summary>
/// The differential suite of execution: the 480 operations of corpus/execution run by graphql-js 17
/// (tests/conformance/execution.mjs) and by our pipeline over the C# twin of the corpus resolvers; data
/// must be equal (numbers by value) and errors equal in message, locations and path, in order.
/// </summary>
public sealed class ExecutionConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCorpusOperationAgreesWithGraphQLJs()
    {
        var expected = JsonNode.Parse(NodeScript.Run("execution.mjs", timeout: TimeSpan.FromMinutes(3)))!.AsArray();
        var operations = LibrarySchema.Operations();
        Assert.Equal(480, operations.Count);
        var executor = new RequestExecutor(LibrarySchema.Schema, ExecutionConformance.Options);
        var differences = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            Assert.Equal(operation.Name, expected[i]!["name"]!.GetValue<string>());
            var ours = JsonNode.Parse(await LibrarySchema.RunAsync(executor, operation))!;
            var theirs = expected[i]!["result"]!;
            var difference = ExecutionConformance.Difference(theirs, ours);
            if (difference is not null)
            {
                differences.Add($"{operation.Name}: {difference}\n  graphql-js: {theirs.ToJsonString()}\n  ours:       {ours.ToJsonString()}");
            }
        }

        output.WriteLine($"{operations.Count - differences.Count} of {operations.Count} operations agree exactly with graphql-js.");
        Assert.True(differences.Count == 0, $"{differences.Count} operations differ:\n" + string.Join("\n", differences));
    }
}

/// <summary>How the suite compares results.</summary>
public static class ExecutionConformance
{
    public static ExecutionOptions Options { get; } = new() { IncludeExceptionDetails = true };

    /// <summary>Null when equal, else what differs first.</summary>
    public static string? Difference(JsonNode expected, JsonNode actual)
    {
        var expectedHasData = expected.AsObject().ContainsKey("data");
        if (expectedHasData != actual.AsObject().ContainsKey("data"))
        {
            return expectedHasData ? "data is missing" : "data should be absent";
        }

        if (expectedHasData && !DeepEquals(expected["data"], actual["data"]))
        {
            return "data differs";
        }

        var expectedErrors = expected["errors"]?.AsArray() ?? [];
        var actualErrors = actual["errors"]?.AsArray() ?? [];
        if (expectedErrors.Count != actualErrors.Count)
        {
            return $"{expectedErrors.Count} errors expected, {actualErrors.Count} found";
        }

        for (var i = 0; i < expectedErrors.Count; i++)
        {
            foreach (var key in new[] { "message", "locations", "path" })
            {
                if (!DeepEquals(expectedErrors[i]![key], actualErrors[i]![key]))
                {
                    return $"error {i}: {key} differs";
                }
            }
        }

        return null;
    }

    private static bool DeepEquals(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.Zip(y).All(p => p.First.Key == p.Second.Key && DeepEquals(p.First.Value, p.Second.Value)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => DeepEquals(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == System.Text.Json.JsonValueKind.Number && y.GetValueKind() == System.Text.Json.JsonValueKind.Number
            => x.GetValue<double>() == y.GetValue<double>(),
        (JsonValue x, JsonValue y) => x.ToJsonString() == y.ToJsonString(),
        _ => false,
    };
}
