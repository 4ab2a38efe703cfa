using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.Tests.Data.Sorting;

/// <summary>
/// An order's keys are made once per signature (its fields and directions): a request's order arrives as new
/// dictionaries every time, and equal orders share one list of keys and so one keyed row selector; other orders get
/// their own, and an order the sort input refuses still fails with its error.
/// </summary>
public class SortKeysTests
{
    [Fact]
    public void EqualOrdersShareTheirKeysAndSelectorAndOtherOrdersDoNot()
    {
        var first = SortExpressionBuilder.Keys<Talk>(Order(("title", SortDirection.Descending)));
        var again = SortExpressionBuilder.Keys<Talk>(Order(("title", SortDirection.Descending)));
        var other = SortExpressionBuilder.Keys<Talk>(Order(("title", SortDirection.Ascending)));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(["title:DESC", "id:ASC"], first.Select(k => k.ToString()));
        Assert.Equal(["title:ASC", "id:ASC"], other.Select(k => k.ToString()));
        Assert.Same(KeyedRow.Selector<Talk>(first, null), KeyedRow.Selector<Talk>(again, null));
        Assert.NotSame(KeyedRow.Selector<Talk>(first, null), KeyedRow.Selector<Talk>(other, null));
    }

    [Fact]
    public void AnOrderTheInputRefusesStillFails()
    {
        Assert.Throws<DataException>(() => SortExpressionBuilder.Keys<Talk>(Order(("nope", SortDirection.Ascending))));
        Assert.Throws<DataException>(() => SortExpressionBuilder.Keys<Talk>(new object?[] { new Dictionary<string, object?> { ["title"] = "up" } }));
    }

    private static object?[] Order(params (string Field, SortDirection Direction)[] fields) =>
        [.. fields.Select(f => (object?)new Dictionary<string, object?> { [f.Field] = f.Direction })];

    public sealed class Talk
    {
        public int Id { get; set; }

        public string Title { get; set; } = string.Empty;
    }
}
