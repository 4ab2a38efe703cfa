using System.Text.Json;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <summary>The corpus schema (corpus/execution/schema.graphql) built from its SDL with the twin's resolvers, and its operations.</summary>
public static class LibrarySchema
{
    private static readonly Lazy<Schema> Built = new(() => BuildSchema.FromSdl(
        File.ReadAllText(CorpusFile("schema.graphql")),
        new BuildSchemaOptions { Resolvers = LibraryResolvers.All() }));

    public static Schema Schema => Built.Value;

    public static string CorpusFile(string name) => Path.Combine(NodeScript.ConformanceDirectory, "corpus", "execution", name);

    /// <summary>The corpus operations: name, query, variables (or null), operationName (or null).</summary>
    public static IReadOnlyList<CorpusOperation> Operations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(CorpusFile("operations.json")));
        return document.RootElement.EnumerateArray().Select(e => new CorpusOperation(
            e.GetProperty("name").GetString()!,
            e.GetProperty("query").GetString()!,
            e.TryGetProperty("variables", out var variables) ? Hamahang.GraphQL.Execution.Values.JsonValues.ToMap(variables) : null,
            e.TryGetProperty("operationName", out var operationName) ? operationName.GetString() : null)).ToList();
    }

    /// <summary>Runs one operation on a fresh state and returns the response JSON.</summary>
    public static async Task<string> RunAsync(RequestExecutor executor, CorpusOperation operation)
    {
        var request = new GraphQLRequest { Query = operation.Query, Variables = operation.Variables, OperationName = operation.OperationName };
        var result = await executor.ExecuteAsync(request, new LibraryState());
        return result.ToJson();
    }
}

public sealed record CorpusOperation(string Name, string Query, IReadOnlyDictionary<string, object?>? Variables, string? OperationName);
