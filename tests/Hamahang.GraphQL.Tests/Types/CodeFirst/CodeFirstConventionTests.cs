using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

public class CodeFirstConventionTests
{
    private static readonly Schema Schema = TestSchema.Create();

    private static string TypeOf(string type, string field) => ((ComplexType)Schema.GetType(type)!).GetField(field)!.Type.ToString();

    private static string InputTypeOf(string type, string field) => ((InputObjectType)Schema.GetType(type)!).GetField(field)!.Type.ToString();

    [Theory]
    [InlineData("name", "String!")]
    [InlineData("nameFa", "String")]
    [InlineData("number", "ID!")]
    [InlineData("rank", "Int")]
    [InlineData("status", "DistrictStatus!")]
    [InlineData("sites", "[Site!]!")]
    [InlineData("grid", "[[Int!]!]!")]
    [InlineData("sparse", "[[String]]")]
    [InlineData("updatedAt", "DateTime!")]
    [InlineData("founded", "Date!")]
    [InlineData("key", "UUID!")]
    [InlineData("website", "URL")]
    [InlineData("population", "Long!")]
    [InlineData("areaKm2", "Float!")]
    [InlineData("motto", "String!")]
    public void ClrTypesAndNullabilityMapToGraphQLTypes(string field, string expected) => Assert.Equal(expected, TypeOf("District", field));

    [Fact]
    public void MethodsLoseGetAndAsyncAndFieldsAreCamelCase()
    {
        var query = Schema.QueryType!;
        Assert.NotNull(query.GetField("district"));
        Assert.NotNull(((ObjectType)Schema.GetType("District")!).GetField("motto"));
        Assert.Equal(["districts", "district", "sites", "site", "search", "node", "place", "now", "echo", "countdown"], query.Fields.Select(f => f.Name));
    }

    [Fact]
    public void IgnoredMembersAreLeftOut()
    {
        Assert.Null(((ObjectType)Schema.GetType("District")!).GetField("secret"));
        Assert.Null(((EnumType)Schema.GetType("DistrictStatus")!).GetValue("HIDDEN"));
    }

    [Fact]
    public void EnumValuesAreUpperSnakeCaseUnlessNamed() =>
        Assert.Equal(["ACTIVE", "UNDER_REVIEW", "CLOSED", "HTTP_OK"], ((EnumType)Schema.GetType("DistrictStatus")!).Values.Select(v => v.Name));

    [Fact]
    public void DeprecationsComeFromTheAttributeOrObsolete()
    {
        var district = (ObjectType)Schema.GetType("District")!;
        Assert.Equal("Use `nameFa`.", district.GetField("persianName")!.DeprecationReason);
        Assert.Equal("No longer supported", district.GetField("oldCode")!.DeprecationReason);
        Assert.Equal("Merged into another district.", ((EnumType)Schema.GetType("DistrictStatus")!).GetValue("CLOSED")!.DeprecationReason);
        Assert.Equal("No longer supported", ((InputObjectType)Schema.GetType("SiteFilterInput")!).GetField("legacy")!.DeprecationReason);
    }

    [Fact]
    public void DescriptionsComeFromAttributesAndXmlDocs()
    {
        var district = (ObjectType)Schema.GetType("District")!;
        Assert.Equal("A municipal district of Tehran.", district.Description);
        Assert.Equal("The English name, as signs spell it.", district.GetField("name")!.Description);
        Assert.Equal("Greets someone.", district.GetField("greeting")!.Description);
        Assert.Equal("Who to greet.", district.GetField("greeting")!.GetArgument("name")!.Description);
        Assert.Equal("Repeat count.", district.GetField("greeting")!.GetArgument("times")!.Description);
        Assert.Equal("In service.", ((EnumType)Schema.GetType("DistrictStatus")!).GetValue("ACTIVE")!.Description);
        Assert.Equal("The site's title.", ((InputObjectType)Schema.GetType("AddSiteInput")!).GetField("title")!.Description);
        Assert.Null(district.GetField("nameFa")!.Description);
    }

    [Fact]
    public void OptionalParametersBecomeArgumentsWithDefaults()
    {
        var greeting = ((ObjectType)Schema.GetType("District")!).GetField("greeting")!;
        Assert.Equal(["name", "times", "punctuation", "repeat"], greeting.Arguments.Select(a => a.Name));
        Assert.Equal("Use `times`.", greeting.GetArgument("repeat")!.DeprecationReason);
        Assert.False(greeting.GetArgument("repeat")!.HasDefaultValue);
        Assert.Equal("Int!", greeting.GetArgument("times")!.Type.ToString());
        Assert.Equal(1, greeting.GetArgument("times")!.DefaultValue);
        Assert.False(greeting.GetArgument("times")!.IsRequired);
    }

    [Fact]
    public void ServicesCancellationTokensAndTheContextAreNotArguments()
    {
        var query = Schema.QueryType!;
        Assert.Empty(query.GetField("now")!.Arguments);
        Assert.Equal(["value"], query.GetField("echo")!.Arguments.Select(a => a.Name));
        Assert.Empty(((ObjectType)Schema.GetType("District")!).GetField("motto")!.Arguments);
        Assert.Equal(["input"], Schema.MutationType!.GetField("addSite")!.Arguments.Select(a => a.Name));
        Assert.Empty(((ObjectType)Schema.GetType("District")!).GetField("siteCount")!.Arguments);
    }

    [Fact]
    public void RecordsBecomeInputObjectsNamedWithInput()
    {
        var input = (InputObjectType)Schema.GetType("AddSiteInput")!;
        Assert.Equal(["title", "capacity", "tags"], input.Fields.Select(f => f.Name));
        Assert.Equal("String!", InputTypeOf("AddSiteInput", "title"));
        Assert.Equal("Int!", InputTypeOf("AddSiteInput", "capacity"));
        Assert.Equal(10, input.GetField("capacity")!.DefaultValue);
        Assert.Equal("[String!]", InputTypeOf("AddSiteInput", "tags"));
        Assert.Equal("SiteFilterInput", Schema.QueryType!.GetField("sites")!.GetArgument("filter")!.Type.ToString());
        Assert.True(((InputObjectType)Schema.GetType("SiteByInput")!).IsOneOf);
    }

    [Fact]
    public void InterfacesImplementInterfacesAndObjectsImplementThem()
    {
        var site = (ObjectType)Schema.GetType("Site")!;
        var place = (InterfaceType)Schema.GetType("Place")!;
        Assert.Equal(["Place", "Node"], site.Interfaces.Select(i => i.Name));
        Assert.Equal(["Node"], place.Interfaces.Select(i => i.Name));
        Assert.Equal(["Site", "Person"], Schema.GetPossibleTypes((InterfaceType)Schema.GetType("Node")!).Select(t => t.Name));
    }

    [Fact]
    public void AMarkerInterfaceBecomesAUnion() =>
        Assert.Equal(["Site", "Person"], ((UnionType)Schema.GetType("SearchResult")!).Types.Select(t => t.Name));

    [Fact]
    public void TheSubscriptionFieldIsTheStreamItemType()
    {
        var field = Schema.SubscriptionType!.GetField("onSiteAdded")!;
        Assert.Equal("Site!", field.Type.ToString());
        Assert.NotNull(field.Subscribe);
        Assert.Equal("[Int!]!", TypeOf("Query", "countdown"));
    }
}
