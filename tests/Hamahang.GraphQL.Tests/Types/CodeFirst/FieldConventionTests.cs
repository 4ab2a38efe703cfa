using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

public class FieldConventionTests
{
    [Fact]
    public void ConventionsRewriteTheFieldInSourceOrder()
    {
        var schema = SchemaBuilder.New().AddType(typeof(ConventionQuery)).Create();

        Assert.Equal(
            """
            type Query {
              words(limit: Int): WordsPage!
            }

            type WordsPage {
              items: [String!]!
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task AWrappedResolverSeesTheInnerResult()
    {
        var schema = SchemaBuilder.New().AddType(typeof(ConventionQuery)).Create();

        var page = await TestResolverContext.Resolve(schema, "Query", "words", arguments: new() { ["limit"] = 2 });

        Assert.Equal(["a", "b"], Assert.IsType<string[]>(page));
    }

    [Fact]
    public async Task TheFirstMiddlewareAddedIsTheOutermost()
    {
        var schema = SchemaBuilder.New().AddType(typeof(MiddlewareQuery)).Create();

        var value = await TestResolverContext.Resolve(schema, "Query", "trail");

        Assert.Equal("outer(inner(resolver))", value);
        Assert.Null(schema.QueryType!.GetField("trail")!.PureResolver);
    }

    [QueryType]
    public static class ConventionQuery
    {
        [Page]
        [Limit]
        public static string[] Words() => ["a", "b", "c"];
    }

    [QueryType]
    public static class MiddlewareQuery
    {
        [Wrap("outer")]
        [Wrap("inner")]
        public static string Trail { get; } = "resolver";
    }

    private sealed class WrapAttribute(string name, [System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
    {
        public override void Apply(FieldConventionContext context) =>
            context.Use(next => async c => $"{name}({await next(c)})");
    }

    private sealed class PageAttribute : FieldConventionAttribute
    {
        public override void Apply(FieldConventionContext context)
        {
            Assert.Equal(typeof(string[]), context.ResultType);
            Assert.Null(context.Field.GetArgument("limit"));
            var page = context.GetOrAddType("WordsPage", () =>
            {
                var type = new ObjectType("WordsPage");
                type.AddField(new FieldDefinition("items", context.Field.Type) { PureResolver = p => p });
                return type;
            });
            context.Field.Type = new NonNullType(page);
        }
    }

    private sealed class LimitAttribute : FieldConventionAttribute
    {
        public override void Apply(FieldConventionContext context)
        {
            context.Field.AddArgument(new ArgumentDefinition("limit", BuiltInScalars.Int));
            var inner = context.Field.Resolver!;
            context.Field.Resolver = async c => ((string[])(await inner(c))!).Take((int)c.Arguments["limit"]!).ToArray();
        }
    }
}
