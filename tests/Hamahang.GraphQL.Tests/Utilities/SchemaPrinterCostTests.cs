using System.Text.Json;
using System.Text.Json.Nodes;
using Hamahang.GraphQL.Introspection;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Tests.Conformance;
using Hamahang.GraphQL.Utilities;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Utilities;

/// <summary>
/// The cost contract in the SDL, as HotChocolate 15 prints it (its workshop's exported schema,
/// <c>SchemaTests.SchemaChanged.graphql</c>, is the oracle): the two definitions with HotChocolate's descriptions,
/// argument order, defaults and locations, and <c>@cost</c>/<c>@listSize</c> where HotChocolate applies them. The
/// layout is graphql-js's (descriptions as block strings, commas), as the rest of our SDL.
/// </summary>
public class SchemaPrinterCostTests
{
    private static readonly string Printed = SchemaPrinter.Print(CostSdlSchema.Create());

    [Fact]
    public void TheCostDirectiveIsDefinedAsHotChocolateDefinesIt() => Assert.Contains(
        """"
        """
        The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the overall cost of a query or response.
        """
        directive @cost(
          """
          The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.
          """
          weight: String!
        ) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION
        """",
        Printed,
        StringComparison.Ordinal);

    [Fact]
    public void TheListSizeDirectiveIsDefinedAsHotChocolateDefinesIt() => Assert.Contains(
        """"
        """
        The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to point the analysis to where to find that information.
        """
        directive @listSize(
          """
          The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.
          """
          assumedSize: Int

          """
          The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.
          """
          slicingArguments: [String!]

          """
          The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, which is used if the argument is not present in a query.
          """
          slicingArgumentDefaultValue: Int

          """
          The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.
          """
          sizedFields: [String!]

          """
          The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.
          """
          requireOneSlicingArgument: Boolean = true
        ) on FIELD_DEFINITION
        """",
        Printed,
        StringComparison.Ordinal);

    [Theory]
    // A connection: @listSize as HotChocolate's paging applies it, then the resolver's @cost.
    [InlineData("  ): SessionsConnection @listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, "
        + "sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false) @cost(weight: \"10\")")]
    // Filter and sort arguments.
    [InlineData("    where: SessionFilterInput @cost(weight: \"10\")")]
    [InlineData("    order: [SessionSortInput!] @cost(weight: \"10\")")]
    // An async resolver, a mutation, a resolver method on an object type, and the connection's count.
    [InlineData("  sessionById(id: Int!): Session @cost(weight: \"10\")")]
    [InlineData("  addSession(input: AddSessionInput!): AddSessionPayload! @cost(weight: \"10\")")]
    [InlineData("  track: Track! @cost(weight: \"10\")")]
    [InlineData("  totalCount: Int! @cost(weight: \"10\")")]
    // Filter operations (20 for string matching) and sort fields.
    [InlineData("  eq: String @cost(weight: \"10\")")]
    [InlineData("  contains: String @cost(weight: \"20\")")]
    [InlineData("  in: [Int] @cost(weight: \"10\")")]
    [InlineData("  title: SortEnumType @cost(weight: \"10\")")]
    // [Cost] and [ListSize] as written: on a field, on a type, and a list size without slicing arguments.
    [InlineData("  motto: String! @cost(weight: \"2.5\")")]
    [InlineData("type Track @cost(weight: \"4\") {")]
    // A synchronous method without services or context is pure: its @listSize prints, no resolver @cost.
    [InlineData("  tracks: [Track!]! @listSize(assumedSize: 3, requireOneSlicingArgument: false)")]
    public void TheDirectivesAreAppliedWhereHotChocolateAppliesThem(string line) =>
        Assert.Contains(line, Printed.Split('\n'));

    [Theory]
    // Properties read from the parent, payload fields, edges, page info and logical filter fields cost nothing of their own.
    [InlineData("  title: String!")]
    [InlineData("  name: String!")]
    [InlineData("  session: Session")]
    [InlineData("  node: Session!")]
    [InlineData("  hasNextPage: Boolean!")]
    [InlineData("  and: [SessionFilterInput!]")]
    [InlineData("    first: Int")]
    public void PlainFieldsCarryNoCost(string line) => Assert.Contains(line, Printed.Split('\n'));

    [Fact]
    public void WithoutTheDefaultsOnlyTheDeclaredWeightsPrint()
    {
        var lines = SchemaPrinter.Print(CostSdlSchema.Create(applyDefaults: false)).Split('\n');

        Assert.Contains("  sessionById(id: Int!): Session", lines);
        Assert.Contains("  motto: String! @cost(weight: \"2.5\")", lines);
        Assert.Contains("    where: SessionFilterInput @cost(weight: \"10\")", lines);
    }

    [Fact]
    public void ASchemaWithoutCostDirectivesPrintsAsGraphQLJsDoes()
    {
        var schema = Hamahang.GraphQL.Types.SchemaBuilder.New().AddQueryType<CostSdlSchema.ConferenceQueries>().Create();
        var printed = SchemaPrinter.Print(schema);

        Assert.False(schema.PrintsAppliedDirectives);
        Assert.DoesNotContain("@cost", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("@listSize", printed, StringComparison.Ordinal);
        Assert.Contains("  ): SessionsConnection\n", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLJsBuildsThePrintedSdlAndIntrospectsItAsWeDo()
    {
        var schema = CostSdlSchema.Create();
        var reference = JsonNode.Parse(NodeScript.Run("schema.mjs", Printed, null, "--introspect-sdl"));
        var ours = JsonNode.Parse(JsonSerializer.Serialize(await IntrospectionResult.FromSchema(schema)));

        var directives = reference?["__schema"]?["directives"]?.AsArray().Select(d => d!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("cost", directives!);
        Assert.Contains("listSize", directives!);
        Assert.True(JsonNode.DeepEquals(reference, ours), "graphql-js's introspection of our printed SDL differs from ours.");
    }

    [Fact]
    public async Task GraphQLJsBuildsTheExportedHamahangSchemaAsWeBuildIt()
    {
        // schema/schema.graphql, with its cost directives, is what integrators feed their tools.
        var sdl = await File.ReadAllTextAsync(Path.Combine(NodeScript.ConformanceDirectory, "..", "..", "schema", "schema.graphql"));
        var reference = JsonNode.Parse(NodeScript.Run("schema.mjs", sdl, null, "--introspect-sdl"));
        var ours = JsonNode.Parse(JsonSerializer.Serialize(await IntrospectionResult.FromSchema(BuildSchema.FromSdl(sdl))));

        Assert.Contains("\n  ): MeetingsConnection @listSize(", sdl, StringComparison.Ordinal);
        Assert.Contains(reference?["__schema"]?["directives"]?.AsArray() ?? [], d => d?["name"]?.GetValue<string>() == "listSize");
        Assert.True(JsonNode.DeepEquals(reference, ours), "graphql-js's introspection of schema/schema.graphql differs from ours.");
    }

    [Theory]
    [InlineData("{ sessions { nodes { title track { name } } } }")]
    [InlineData("{ sessions(first: 5, where: { title: { contains: \"a\" } }, order: [{ title: ASC }]) { totalCount edges { node { id } } } }")]
    [InlineData("{ sessionById(id: 1) { track { name } } motto tracks { name } }")]
    [InlineData("mutation { addSession(input: { title: \"Cost\" }) { session { title } } }")]
    public void TheSdlAloneGivesTheSameCost(string document)
    {
        // A gateway that knows only the SDL prices an operation as the server does.
        var fromSdl = BuildSchema.FromSdl(Printed);
        var parsed = Parser.Parse(document);
        var server = RequestLimitsAnalyzer.Analyze(CostSdlSchema.Create(), parsed, computeCost: true).Cost!;
        var gateway = RequestLimitsAnalyzer.Analyze(fromSdl, parsed, computeCost: true, limits: RequestLimits.Default with { DefaultResolverCost = null }).Cost!;

        Assert.True(server.FieldCost > 10, $"field cost {server.FieldCost}");
        Assert.Equal(server, gateway);
    }
}
