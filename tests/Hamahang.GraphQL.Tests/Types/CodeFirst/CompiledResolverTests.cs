using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

public class CompiledResolverTests
{
    private static readonly Schema Schema = TestSchema.Create();

    [Fact]
    public async Task APropertyIsReadFromTheParent()
    {
        var district = new District { Number = 3, Name = "Vanak" };
        Assert.Equal("Vanak", await TestResolverContext.Resolve(Schema, "District", "name", district));
    }

    [Fact]
    public async Task AnAsyncMethodIsAwaited() =>
        Assert.Equal("Tehran 3", await TestResolverContext.Resolve(Schema, "District", "motto", new District { Number = 3 }));

    [Fact]
    public async Task ArgumentsAndDefaultsReachTheMethod()
    {
        var result = await TestResolverContext.Resolve(Schema, "District", "greeting", new District(), new() { ["name"] = "Sara", ["times"] = 2 });
        Assert.Equal("Hello Sara!Hello Sara!", result);
    }

    [Fact]
    public async Task AStaticRootMethodConvertsItsArgument()
    {
        var result = await TestResolverContext.Resolve(Schema, "Query", "district", arguments: new() { ["number"] = 6 });
        Assert.Equal("Yusef Abad", Assert.IsType<District>(result).Name);
    }

    [Fact]
    public async Task AServiceIsInjected()
    {
        var result = await TestResolverContext.Resolve(Schema, "Query", "now", services: new TestServices().Add<IClock>(new FixedClock()));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public async Task TheResolverContextIsInjected() =>
        Assert.Equal("echo:hi", await TestResolverContext.Resolve(Schema, "Query", "echo", arguments: new() { ["value"] = "hi" }));

    [Fact]
    public async Task AnInputRecordIsBuiltFromItsFields()
    {
        var input = (InputObjectType)Schema.GetType("AddSiteInput")!;
        var record = input.CreateValue(new Dictionary<string, object?> { ["title"] = "School", ["tags"] = new List<object?> { "a", "b" } });
        Assert.Equal(new AddSiteInput("School", 10, ["a", "b"]).Title, ((AddSiteInput)record).Title);
        Assert.Equal(10, ((AddSiteInput)record).Capacity);
        Assert.Equal(["a", "b"], ((AddSiteInput)record).Tags!);

        var site = await TestResolverContext.Resolve(
            Schema,
            "Mutation",
            "addSite",
            arguments: new() { ["input"] = record },
            services: new TestServices().Add<IClock>(new FixedClock()));
        Assert.Equal("School@2025", Assert.IsType<Site>(site).Title);
    }

    [Fact]
    public async Task AnInitOnlyInputClassIsFilledFromItsFields()
    {
        var filter = (SiteFilter)((InputObjectType)Schema.GetType("SiteFilterInput")!).CreateValue(new Dictionary<string, object?> { ["minCapacity"] = 100 });
        Assert.Equal(100, filter.MinCapacity);
        var sites = await TestResolverContext.Resolve(Schema, "Query", "sites", arguments: new() { ["filter"] = filter });
        Assert.Single(Assert.IsAssignableFrom<IEnumerable<Site>>(sites));
    }

    [Fact]
    public async Task AParentParameterReceivesTheExtendedObject() =>
        Assert.Equal(1, await TestResolverContext.Resolve(Schema, "District", "siteCount", DistrictQueries.Districts[0]));

    [Fact]
    public async Task AnAsyncStreamOnAQueryIsCollectedIntoAList() =>
        Assert.Equal([3, 2, 1], Assert.IsType<List<int>>(await TestResolverContext.Resolve(Schema, "Query", "countdown", arguments: new() { ["from"] = 3 })));

    [Fact]
    public async Task ASubscriptionFieldCreatesAnEventStream()
    {
        var field = Schema.SubscriptionType!.GetField("onSiteAdded")!;
        var context = new TestResolverContext(Schema, Schema.SubscriptionType, field) { Arguments = new Dictionary<string, object?> { ["count"] = 2 } };
        var titles = new List<string>();
        await foreach (var item in await field.Subscribe!(context))
        {
            titles.Add(((Site)item!).Title);
        }

        Assert.Equal(["T0", "T1"], titles);
    }

    [Fact]
    public void AbstractTypesResolveByClrType()
    {
        var node = (InterfaceType)Schema.GetType("Node")!;
        Assert.Equal("Person", Schema.ResolveAbstractType(node, new Person())!.Name);
        Assert.Equal("Site", Schema.ResolveAbstractType(Schema.GetType("SearchResult")!, new Site())!.Name);
    }

    [Fact]
    public void AnInvalidCodeFirstSchemaDoesNotStart()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.New().AddQueryType<EmptyQuery>().Create());
        Assert.Equal("Type Query must define one or more fields.", error.Message);
    }

    public sealed class EmptyQuery;
}
