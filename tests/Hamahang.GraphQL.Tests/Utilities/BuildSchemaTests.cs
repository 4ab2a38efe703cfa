using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Utilities;

public class BuildSchemaTests
{
    [Fact]
    public void TypesNamedQueryMutationAndSubscriptionAreTheRoots()
    {
        var schema = BuildSchema.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");
        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
        Assert.Same(schema.MutationType, schema.GetRootType(Hamahang.GraphQL.Language.OperationType.Mutation));
    }

    [Fact]
    public void AnInvalidSchemaIsRefused()
    {
        var error = Assert.Throws<SchemaValidationException>(() => BuildSchema.FromSdl("type Query { a: In } input In { x: Int }"));
        Assert.Equal("The type of Query.a must be Output Type but got: In.", error.Message);
    }

    [Fact]
    public void AnUnknownTypeIsRefusedAsGraphQLJsRefusesIt() =>
        Assert.Equal("Unknown type: \"Nope\".", Assert.Throws<SchemaValidationException>(() => BuildSchema.FromSdl("type Query { a: Nope }")).Message);

    [Fact]
    public void ResolversCanBeGivenByCoordinate()
    {
        var schema = BuildSchema.FromSdl("type Query { answer: Int }", new BuildSchemaOptions
        {
            Resolvers = new Dictionary<string, FieldResolver> { ["Query.answer"] = _ => ValueTask.FromResult<object?>(42) },
        });
        Assert.NotNull(schema.QueryType!.GetField("answer")!.Resolver);
    }

    [Fact]
    public void TheDefaultResolverReadsDictionariesAndProperties()
    {
        Assert.Equal(1, DefaultResolvers.ReadMember(new Dictionary<string, object?> { ["a"] = 1 }, "a"));
        Assert.Equal("Tajrish", DefaultResolvers.ReadMember(new { Name = "Tajrish" }, "name"));
        Assert.Null(DefaultResolvers.ReadMember(new { Name = "x" }, "missing"));
    }

    [Fact]
    public void AppliedDirectivesAreKeptOnTheTypes()
    {
        var schema = BuildSchema.FromSdl("directive @key(fields: String!) on OBJECT type Query @key(fields: \"id\") { id: ID }");
        var key = Assert.Single(schema.QueryType!.AppliedDirectives);
        Assert.Equal("key", key.Name);
        Assert.Equal("id", key.Arguments["fields"]);
    }

    [Fact]
    public void ExtensionsMergeIntoTheirTypes()
    {
        var schema = BuildSchema.FromSdl("type Query { a: Int } extend type Query { b: Int } enum E { A } extend enum E { B }");
        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
    }
}
