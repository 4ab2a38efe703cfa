using System.Text;
using Hamahang.GraphQL.Data;

namespace Hamahang.GraphQL.EntityFramework.Tests;

public class NodeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public void AnIdIsBase64OfTheTypeNameAndKey() =>
        Assert.Equal("Product:42", Encoding.UTF8.GetString(Convert.FromBase64String(NodeId.Encode("Product", 42))));

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    [InlineData(1000)]
    public async Task AProductsIdRoundTripsThroughNode(int key)
    {
        var id = NodeId.Encode("Product", key);

        var product = Assert.IsType<Product>(await DataHarness.Resolve(database, $"{{ node(id: \"{id}\") {{ id }} }}"));

        Assert.Equal(key, product.Id);
        Assert.Equal(database.Products[key - 1].Name, product.Name);
    }

    [Fact]
    public async Task TheIdFieldReturnsTheGlobalId()
    {
        var field = ((Types.ObjectType)TestSchema.Schema.GetType("Product")!).GetField("id")!;
        var context = new IdContext(new Product { Id = 7 });

        // A property key's id is a pure field (no resolver cost); a computed one goes through the resolver.
        var id = field.PureResolver is { } pure ? pure(context.Parent) : await field.Resolver!(context);
        Assert.Equal(NodeId.Encode("Product", 7), id);
        Assert.Equal("ID!", field.Type.ToString());
    }

    [Fact]
    public async Task NodesLoadsEachIdAndNullForAMissingOne()
    {
        var ids = $"[\"{NodeId.Encode("Category", 2)}\", \"{NodeId.Encode("Product", 3)}\", \"{NodeId.Encode("Product", 5000)}\"]";

        var nodes = Assert.IsType<List<object?>>(await DataHarness.Resolve(database, $"{{ nodes(ids: {ids}) {{ id }} }}"));

        Assert.Equal(2, Assert.IsType<Category>(nodes[0]).Id);
        Assert.Equal(3, Assert.IsType<Product>(nodes[1]).Id);
        Assert.Null(nodes[2]);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("UHJvZHVjdA==")]
    [InlineData("UHJvZHVjdDphYmM=")]
    [InlineData("UGFydDox")]
    [InlineData("Tm9wZTox")]
    public async Task AMalformedIdIsAnErrorNotACrash(string id)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => DataHarness.Resolve(database, $"{{ node(id: \"{id}\") {{ id }} }}"));

        Assert.Equal($"The id \"{id}\" is not valid.", error.Message);
        Assert.Equal("INVALID_ID", error.Code);
    }

    private sealed class IdContext(object parent) : Types.IResolverContext
    {
        public Types.Schema Schema => TestSchema.Schema;

        public Types.ObjectType ParentType => (Types.ObjectType)Schema.GetType("Product")!;

        public Types.FieldDefinition Field => ParentType.GetField("id")!;

        public string ResponseName => "id";

        public object? Parent => parent;

        public IReadOnlyDictionary<string, object?> Arguments { get; } = new Dictionary<string, object?>();

        public IServiceProvider Services => throw new NotSupportedException();

        public CancellationToken RequestAborted => CancellationToken.None;

        public IReadOnlyList<object> Path => [];

        public IReadOnlyList<Language.FieldNode> FieldSelections => [];

        public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
    }
}
