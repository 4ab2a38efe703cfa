using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

/// <summary>The meeting mutations' schema with the conventions applied, and a way to run operations on a schema.</summary>
public static class MutationTestSchema
{
    public static Schema Create() => SchemaBuilder.New()
        .AddType(typeof(MeetingQuery))
        .AddMutationType<MeetingMutations>()
        .AddType(typeof(MinutesMutations))
        .AddMutationConventions()
        .Create();

    /// <summary>Runs <paramref name="query"/> on <paramref name="schema"/> (the meeting schema when null) and returns the response.</summary>
    public static async Task<JsonNode> Run(string query, Schema? schema = null, MeetingStore? store = null, Dictionary<string, object?>? variables = null)
    {
        var executor = new RequestExecutor(schema ?? Create());
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, new MeetingServices(store ?? new MeetingStore()));
        return JsonNode.Parse(result.ToJson())!;
    }
}
