using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Validation.Limits;

namespace Hamahang.GraphQL.Tests.Validation.Limits;

/// <summary>Cost directives applied in code (<see cref="AppliedDirective"/>s, as the data conventions apply them).</summary>
public class CostAppliedDirectiveTests
{
    private static Schema BuildSchema()
    {
        var item = new ObjectType("Item");
        item.AddField(new FieldDefinition("name", BuiltInScalars.String));
        item.AddAppliedDirective(new AppliedDirective("cost", new Dictionary<string, object?> { ["weight"] = "3" }));
        var page = new ObjectType("ItemPage");
        page.AddField(new FieldDefinition("items", new ListType(item)));
        var paged = new FieldDefinition("paged", page);
        paged.AddArgument(new ArgumentDefinition("take", BuiltInScalars.Int));
        paged.AddAppliedDirective(new AppliedDirective("listSize", new Dictionary<string, object?>
        {
            ["assumedSize"] = 50,
            ["slicingArguments"] = new List<string> { "take" },
            ["slicingArgumentDefaultValue"] = 10,
            ["sizedFields"] = new List<string> { "items" },
            ["requireOneSlicingArgument"] = false,
        }));
        var priced = new FieldDefinition("priced", BuiltInScalars.Int);
        priced.AddAppliedDirective(new AppliedDirective("cost", new Dictionary<string, object?> { ["weight"] = "7.5" }));
        var query = new ObjectType("Query");
        query.AddField(paged);
        query.AddField(priced);
        return new Schema(query, directives: [.. SpecifiedDirectives.All, CostDirectives.CreateCost(), CostDirectives.CreateListSize()]);
    }

    private static readonly Schema Schema = BuildSchema();

    private static CostReport Cost(string document) =>
        LimitsHarness.Analyze(document, RequestLimits.None, computeCost: true, schema: Schema).Cost!;

    [Fact]
    public void AnAppliedCostPricesFieldsAndTypes()
    {
        Assert.Equal(new CostReport(7.5, 1), Cost("{ priced }"));

        // paged: 1 + items (1 x 4 taken); objects: Query + ItemPage + 4 x Item (@cost 3).
        Assert.Equal(new CostReport(2, 14), Cost("{ paged(take: 4) { items { name } } }"));
    }

    [Fact]
    public void AnAppliedListSizeUsesItsDefaultPageSizeWithoutASlicingArgument() =>
        Assert.Equal(new CostReport(2, 32), Cost("{ paged { items { name } } }"));
}
