using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>
/// The running schema states its cost contract as HotChocolate 15 does: introspection lists <c>@cost</c> and
/// <c>@listSize</c> with HotChocolate's arguments and locations, and every connection carries the <c>@listSize</c>
/// that schema/README.md describes.
/// </summary>
public sealed partial class CostContractTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string ConnectionListSize =
        "@listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, sizedFields: [\"edges\", \"nodes\"], " +
            "requireOneSlicingArgument: false)";

    [Fact]
    public async Task IntrospectionListsTheCostDirectivesAsHotChocolateDefinesThem()
    {
        var response = await factory.PostAsync("{ __schema { directives { name locations args { name defaultValue type { kind name ofType { name } } } } } }");
        Assert.False(response.HasErrors, response.ToString());
        var directives = response.At("__schema.directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, StringComparer.Ordinal);

        Assert.Equal(["SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "ENUM", "INPUT_FIELD_DEFINITION"], Names(directives["cost"], "locations"));
        Assert.Equal(["weight"], Names(directives["cost"], "args"));
        Assert.Equal(["FIELD_DEFINITION"], Names(directives["listSize"], "locations"));
        Assert.Equal(["assumedSize", "slicingArguments", "slicingArgumentDefaultValue", "sizedFields", "requireOneSlicingArgument"],
            Names(directives["listSize"], "args"));
        var requireOne = directives["listSize"].GetProperty("args").EnumerateArray().Last();
        Assert.Equal("true", requireOne.GetProperty("defaultValue").GetString());
        // Nullable, as HotChocolate 15 prints it (its workshop's exported schema: `requireOneSlicingArgument: Boolean = true`).
        Assert.Equal("SCALAR", requireOne.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("Boolean", requireOne.GetProperty("type").GetProperty("name").GetString());
    }

    [Fact]
    public void EveryConnectionCarriesTheListSizeTheReadmeDescribes()
    {
        var schema = factory.Services.GetRequiredService<IRequestExecutor>().Schema;
        var connections = schema.Types.OfType<ObjectType>().SelectMany(t => t.Fields)
            .Count(f => f.Type.NamedType.Name.EndsWith("Connection", StringComparison.Ordinal));
        var printed = SchemaPrinter.Print(schema).Split('\n');
        var readme = Whitespace().Replace(File.ReadAllText(Path.Combine(Root(), "schema", "README.md")), " ");

        Assert.True(connections >= 10, $"{connections} connection fields");
        Assert.Equal(connections, printed.Count(l => l.Contains("Connection " + ConnectionListSize + " @cost(weight: \"10\")", StringComparison.Ordinal)));
        Assert.Contains(ConnectionListSize, readme, StringComparison.Ordinal);
        Assert.Contains("Field cost and type cost are at most 1 000 each", readme, StringComparison.Ordinal);
        Assert.Equal(1_000, RequestLimits.Default.MaxFieldCost);
        Assert.Equal(1_000, RequestLimits.Default.MaxTypeCost);
    }

    private static string[] Names(JsonElement directive, string property) =>
        [.. directive.GetProperty(property).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetProperty("name")
            .GetString()!)];

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
