using System.Text.Json.Nodes;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;
using Hamahang.GraphQL.Tests.Types.CodeFirst;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Execution;

/// <summary>graphql-js's introspection query (every option on) answered through our executor.</summary>
public class IntrospectionExecutionTests
{
    private static readonly Lazy<string> IntrospectionQuery = new(() => NodeScript.Run(
        "--input-type=module",
        arguments: ["-e", "import { getIntrospectionQuery } from 'graphql'; process.stdout.write(getIntrospectionQuery({ descriptions: true, specifiedByUrl: " +
            "true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));"]));

    [Fact]
    public async Task GraphQLJsRebuildsTheCodeFirstSchemaFromTheExecutorsIntrospection()
    {
        var schema = TestSchema.CreateWithEverything();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Value });
        Assert.Empty(result.Errors);

        var file = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonNode.Parse(result.ToJson())!["data"]!.ToJsonString());
        try
        {
            Assert.Equal(SchemaPrinter.Print(schema), NodeScript.Run("schema.mjs", arguments: ["--client", file]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TheExecutorsIntrospectionOfTheCorpusSchemaEqualsGraphQLJs()
    {
        var script = """
            import { readFileSync } from 'node:fs';
            import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';
            const schema = buildSchema(readFileSync('corpus/execution/schema.graphql', 'utf8'));
            const source = getIntrospectionQuery({
              descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
            });
            process.stdout.write(JSON.stringify(graphqlSync({ schema, source })));
            """;
        var expected = JsonNode.Parse(NodeScript.Run("--input-type=module", arguments: ["-e", script]))!;
        var result = await new RequestExecutor(LibrarySchema.Schema).ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Value });
        var actual = JsonNode.Parse(result.ToJson())!;
        Assert.Null(ExecutionConformance.Difference(expected, actual));
        Assert.True(JsonNode.DeepEquals(expected, actual));
    }
}
