using System.Text.Json;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Tests.Types;
using Hamahang.GraphQL.Tests.Types.CodeFirst;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Introspection;

public class IntrospectionResultTests
{
    private static async Task<string> ClientSchemaSdl(Schema schema)
    {
        var data = await IntrospectionResult.FromSchema(schema);
        var file = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(data));
        try
        {
            return NodeScript.Run("schema.mjs", arguments: ["--client", file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task GraphQLJsRebuildsTheCodeFirstSchemaFromItsIntrospection()
    {
        var schema = TestSchema.CreateWithEverything();
        Assert.Equal(SchemaPrinter.Print(schema), await ClientSchemaSdl(schema));
    }

    [Fact]
    public async Task GraphQLJsRebuildsEveryValidCorpusSchemaFromItsIntrospection()
    {
        var folder = Path.Combine(NodeScript.ConformanceDirectory, "corpus", "schema", "valid");
        var ours = new Dictionary<string, string>();
        var results = new Dictionary<string, object?>();
        foreach (var file in Directory.GetFiles(folder, "*.graphql"))
        {
            var schema = BuildSchema.FromSdl(await File.ReadAllTextAsync(file));
            ours[Path.GetFileName(file)] = SchemaPrinter.Print(schema);
            results[Path.GetFileName(file)] = await IntrospectionResult.FromSchema(schema);
        }

        var input = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(results));
        try
        {
            var printed = JsonSerializer.Deserialize<Dictionary<string, string>>(NodeScript.Run("schema.mjs", arguments: ["--clients", input]))!;
            Assert.True(ours.Count >= 100);
            Assert.All(ours, pair => Assert.Equal(pair.Value, printed[pair.Key]));
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task TheIntrospectionResultEqualsGraphQLJsForEveryValidCorpusSchema()
    {
        var expected = JsonNode.Parse(NodeScript.Run("schema.mjs", arguments: ["--introspect"]))!.AsObject();
        var folder = Path.Combine(NodeScript.ConformanceDirectory, "corpus", "schema", "valid");
        Assert.True(expected.Count >= 100);
        foreach (var (file, reference) in expected)
        {
            var schema = BuildSchema.FromSdl(await File.ReadAllTextAsync(Path.Combine(folder, file)));
            var ours = JsonNode.Parse(JsonSerializer.Serialize(await IntrospectionResult.FromSchema(schema)));
            Assert.True(JsonNode.DeepEquals(reference, ours), $"{file}: our introspection differs from graphql-js's.");
        }
    }

    [Fact]
    public async Task TheCodeFirstIntrospectionEqualsGraphQLJsForTheSameSchema()
    {
        var schema = TestSchema.CreateWithEverything();
        var reference = JsonNode.Parse(NodeScript.Run("schema.mjs", SchemaPrinter.Print(schema), null, "--introspect-sdl"));
        var ours = JsonNode.Parse(JsonSerializer.Serialize(await IntrospectionResult.FromSchema(schema)));
        Assert.True(JsonNode.DeepEquals(reference, ours), "Our introspection of the code-first schema differs from graphql-js's.");
    }

    [Fact]
    public async Task TheIntrospectionResultDescribesOneOfSpecifiedByAndDeprecatedArguments()
    {
        var data = await IntrospectionResult.FromSchema(TestSchema.CreateWithEverything());
        var json = JsonSerializer.Serialize(data);
        using var document = JsonDocument.Parse(json);
        var types = document.RootElement.GetProperty("__schema").GetProperty("types").EnumerateArray().ToList();
        JsonElement Type(string name) => types.Single(t => t.GetProperty("name").GetString() == name);

        Assert.True(Type("SiteByInput").GetProperty("isOneOf").GetBoolean());
        Assert.Equal("https://scalars.graphql.org/chillicream/date-time.html", Type("DateTime").GetProperty("specifiedByURL").GetString());
        var greeting = Type("District").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "greeting");
        var repeat = greeting.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "repeat");
        Assert.True(repeat.GetProperty("isDeprecated").GetBoolean());
        var times = greeting.GetProperty("args").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "times");
        Assert.Equal("1", times.GetProperty("defaultValue").GetString());
        Assert.Equal("Tehran's districts.", document.RootElement.GetProperty("__schema").GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, Type("District").GetProperty("isOneOf").ValueKind);
    }

    [Fact]
    public async Task DeprecatedFieldsAreHiddenUnlessAsked()
    {
        var schema = TestSchema.Create();
        var district = (ObjectType)schema.GetType("District")!;
        var fields = IntrospectionTypes.Type.GetField("fields")!;
        var context = new TestResolverContext(schema, IntrospectionTypes.Type, fields)
        {
            Parent = district,
            Arguments = new Dictionary<string, object?> { ["includeDeprecated"] = false },
        };
        var visible = (IEnumerable<FieldDefinition>)(await fields.Resolver!(context))!;
        Assert.DoesNotContain(visible, f => f.Name == "persianName");
        context = new TestResolverContext(schema, IntrospectionTypes.Type, fields)
        {
            Parent = district,
            Arguments = new Dictionary<string, object?> { ["includeDeprecated"] = true },
        };
        Assert.Contains((IEnumerable<FieldDefinition>)(await fields.Resolver!(context))!, f => f.Name == "persianName");
    }
}
