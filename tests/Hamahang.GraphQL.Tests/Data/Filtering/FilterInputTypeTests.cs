using System.Text.Json.Nodes;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Data.Filtering;

/// <summary>
/// HotChocolate's <c>FilterInputType&lt;T&gt;</c>: <c>[UseFiltering(typeof(X))]</c> takes the input the type declares (bound
/// explicitly or implicitly, members ignored, renamed and described), executes it, and refuses what it cannot filter.
/// </summary>
public class FilterInputTypeTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<Library>().Create();

    [Fact]
    public void AnExplicitTypeHasOnlyTheFieldsItBinds()
    {
        var input = (InputObjectType)Schema.GetType("BookFilterInput")!;

        Assert.Equal(["and", "or", "title", "available"], input.Fields.Select(f => f.Name));
        Assert.Equal("StringOperationFilterInput", input.GetField("title")!.Type.NamedType.Name);
        Assert.Same(input, Schema.QueryType!.GetField("books")!.GetArgument("where")!.Type.NamedType);
        Assert.Null(Schema.GetType("IntOperationFilterInput"));
    }

    [Fact]
    public void AnImplicitTypeKeepsTheInferredFieldsButThoseItIgnoresAndRenames()
    {
        var input = (InputObjectType)Schema.GetType("ShelfFilter")!;

        Assert.Equal("Shelves by their label.", input.Description);
        Assert.Equal(["and", "or", "label", "id"], input.Fields.Select(f => f.Name));
        Assert.Equal("The shelf's label.", input.GetField("label")!.Description);
        Assert.Equal("IdOperationFilterInput", input.GetField("id")!.Type.NamedType.Name);
    }

    [Fact]
    public async Task TheExplicitTypeFiltersAndItsAndOrAreOverItsOwnFieldsUnderTheirOwnNames()
    {
        var titles = await Titles("{ books(where: { or: [{ title: { startsWith: \"Dune\" } }, { available: { eq: false } }] }) { title } }");

        Assert.Equal(["Dune", "Dune Messiah", "Drafts"], titles);
    }

    [Fact]
    public async Task ARenamedFieldFiltersItsMember()
    {
        var result = await Execute("{ shelves(where: { label: { eq: \"SF\" } }) { name } }");

        Assert.Equal("""{"data":{"shelves":[{"name":"SF"}]}}""", result);
    }

    [Fact]
    public async Task ANestedListFilteredByAnExplicitTypeIsFilteredInsideTheProjection()
    {
        var result = await Execute("{ shelves { name books(where: { available: { eq: false } }) { title } } }");

        Assert.Equal("""{"data":{"shelves":[{"name":"SF","books":[]},{"name":"Notes","books":[{"title":"Drafts"}]}]}}""", result);
    }

    [Theory]
    [InlineData("{ books(where: { pages: { gt: 100 } }) { title } }", "pages")]
    [InlineData("{ shelves(where: { name: { eq: \"SF\" } }) { id } }", "name")]
    public async Task AFilterNamingALeftOutFieldIsAValidationError(string query, string field)
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { CodeRequestErrors = true });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });

        var error = Assert.Single(result.Errors);
        Assert.Contains($"\"{field}\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(RequestErrorCodes.ValidationFailed, error.Extensions?["code"]);
    }

    [Fact]
    public void TheGenericAttributeTakesTheTypeAsTheTypeofOneDoes()
    {
        var schema = SchemaBuilder.New().AddQueryType<GenericLibrary>().Create();

        Assert.Equal(["and", "or", "title", "available"], ((InputObjectType)schema.GetType("BookFilterInput")!).Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData(typeof(BindsTags), "BookTagsFilter binds Book.Tags, whose type List`1 cannot be filtered.")]
    [InlineData(typeof(BindsAMethod), "BookMethodFilter: a filter field reads one property of Book")]
    [InlineData(typeof(NamesTwice), "BookClashFilter declares the input field \"title\" twice")]
    [InlineData(typeof(WrongEntity), "WrongEntity.GetBooks lists Book, but ShelfFilterInputType filters Shelf.")]
    [InlineData(typeof(NotAFilterType), "[UseFiltering] takes a FilterInputType<T> with a public parameterless constructor; Book is not.")]
    [InlineData(typeof(SameNameAsInferred), "Two filter inputs are named \"BookFilterInput\"")]
    public void WhatCannotBeFilteredFailsTheBuild(Type query, string message)
    {
        var error = Assert.ThrowsAny<Exception>(() => SchemaBuilder.New().AddType(query).Create());

        Assert.Contains(message, Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.InnerException is { } inner ? error.Message + " " + Flatten(inner) : error.Message;

    private static async Task<string> Execute(string query) => (await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = query })).ToJson();

    private static async Task<IEnumerable<string>> Titles(string query) =>
        JsonNode.Parse(await Execute(query))!["data"]!["books"]!.AsArray().Select(b => b!["title"]!.GetValue<string>());

    public sealed class Book
    {
        public int Id { get; set; }

        public string Title { get; set; } = string.Empty;

        public int Pages { get; set; }

        public bool Published { get; set; }

        public List<string> Tags { get; set; } = [];

        public string Shout() => Title.ToUpperInvariant();
    }

    public sealed class Shelf
    {
        [ID]
        public int Id { get; set; }

        public string Name { get; set; } = string.Empty;

        public int Position { get; set; }

        [UseFiltering(typeof(BookFilterInputType))]
        public List<Book> Books { get; set; } = [];
    }

    public sealed class BookFilterInputType : FilterInputType<Book>
    {
        protected override void Configure(IFilterInputTypeDescriptor<Book> descriptor)
        {
            descriptor.BindFieldsExplicitly();
            descriptor.Field(b => b.Title);
            descriptor.Field(b => b.Published).Name("available");
        }
    }

    public sealed class ShelfFilterInputType : FilterInputType<Shelf>
    {
        protected override void Configure(IFilterInputTypeDescriptor<Shelf> descriptor)
        {
            descriptor.Name("ShelfFilter").Description("Shelves by their label.").Ignore(s => s.Position).Ignore(s => s.Books);
            descriptor.Field(s => s.Name).Name("label").Description("The shelf's label.");
        }
    }

    public sealed class Library
    {
        private static readonly Book[] Dune = [new() { Id = 1, Title = "Dune", Published = true }, new() { Id = 2, Title = "Dune Messiah", Published = true }];

        private static readonly Shelf[] Shelves =
        [
            new() { Id = 1, Name = "SF", Books = [.. Dune] },
            new() { Id = 2, Name = "Notes", Books = [new() { Id = 3, Title = "Drafts", Pages = 400 }] },
        ];

        [UseFiltering(typeof(BookFilterInputType))]
        public static IQueryable<Book> GetBooks() => Shelves.SelectMany(s => s.Books).AsQueryable();

        [UseProjection]
        [UseFiltering(typeof(ShelfFilterInputType))]
        public static IQueryable<Shelf> GetShelves() => Shelves.AsQueryable();
    }

    public sealed class GenericLibrary
    {
        [UseFiltering<BookFilterInputType>]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    public sealed class BookTagsFilter : FilterInputType<Book>
    {
        protected override void Configure(IFilterInputTypeDescriptor<Book> descriptor) => descriptor.Field(b => b.Tags);
    }

    public sealed class BookMethodFilter : FilterInputType<Book>
    {
        protected override void Configure(IFilterInputTypeDescriptor<Book> descriptor) => descriptor.Field(b => b.Shout());
    }

    public sealed class BookClashFilter : FilterInputType<Book>
    {
        protected override void Configure(IFilterInputTypeDescriptor<Book> descriptor) => descriptor.Field(b => b.Pages).Name("title");
    }

    [QueryType]
    public sealed class BindsTags
    {
        [UseFiltering(typeof(BookTagsFilter))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    [QueryType]
    public sealed class BindsAMethod
    {
        [UseFiltering(typeof(BookMethodFilter))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    [QueryType]
    public sealed class NamesTwice
    {
        [UseFiltering(typeof(BookClashFilter))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    [QueryType]
    public sealed class WrongEntity
    {
        [UseFiltering(typeof(ShelfFilterInputType))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    [QueryType]
    public sealed class NotAFilterType
    {
        [UseFiltering(typeof(Book))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();
    }

    [QueryType]
    public sealed class SameNameAsInferred
    {
        [UseFiltering(typeof(BookFilterInputType))]
        public static IQueryable<Book> GetBooks() => Array.Empty<Book>().AsQueryable();

        [UseFiltering]
        public static IQueryable<Book> GetAllBooks() => Array.Empty<Book>().AsQueryable();
    }
}
