using System.Text.Json;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Utilities;

/// <summary>Variable values against input types; the expected messages are graphql-js 17's validateInputValue output.</summary>
public class InputValuesTests
{
    private static readonly Schema Schema = BuildSchema.FromSdl("""
        input Point { x: Int! y: Int = 0 tags: [String] }
        input By @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        type Query { f(p: Point, ps: [Point!]!, by: By, c: [Color]): Int }
        """);

    private static GraphQLType Type(string argument) => Schema.QueryType!.GetField("f")!.GetArgument(argument)!.Type;

    private static List<string> Errors(string json, string argument, bool provided = true)
    {
        var errors = new List<string>();
        var value = provided ? JsonDocument.Parse(json).RootElement : default(JsonElement?);
        InputValues.Validate(value, Type(argument), (message, path) => errors.Add(string.Join(".", path) + "|" + message), provided: provided);
        return errors;
    }

    [Fact]
    public void AMissingRequiredFieldIsNamed() =>
        Assert.Equal(["|Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }."], Errors("""{"y": 1}""", "p"));

    [Fact]
    public void ListItemsAreCheckedOneByOne() =>
        Assert.Equal(
            [
                "0.x|Int cannot represent non-integer value: \"a\"",
                "1|Expected value of non-null type \"Point!\" not to be null.",
                "2|Expected value of type \"Point\" not to include unknown field \"xx\". Did you mean \"x\"? Found: { x: 1, xx: 2 }.",
            ],
            Errors("""[{"x": "a"}, null, {"x": 1, "xx": 2}]""", "ps"));

    [Fact]
    public void ARequiredValueMustBeProvided() =>
        Assert.Equal(["|Expected a value of non-null type \"[Point!]!\" to be provided."], Errors("", "ps", provided: false));

    [Fact]
    public void AOneOfValueNeedsOneNonNullField()
    {
        const string message = "Within OneOf Input Object type \"By\", exactly one field must be specified, and the value for that field must be non-null.";
        Assert.Equal(["|" + message], Errors("""{"id": 1, "name": "x"}""", "by"));
        Assert.Equal(["id|" + message], Errors("""{"id": null}""", "by"));
    }

    [Fact]
    public void EnumValuesMustBeNames() =>
        Assert.Equal(
            ["1|Value \"BLUE\" does not exist in \"Color\" enum.", "2|Enum \"Color\" cannot represent non-string value: 3."],
            Errors("""["RED", "BLUE", 3]""", "c"));

    [Fact]
    public void AnObjectTypeNeedsAnObject() =>
        Assert.Equal(["|Expected value of type \"Point\" to be an object, found: \"x\"."], Errors("\"x\"", "p"));

    [Fact]
    public void AValidValueCoercesWithDefaultsAndSingleItemLists()
    {
        Assert.True(InputValues.TryCoerce(JsonDocument.Parse("""{"x": 3, "tags": "a"}""").RootElement, Type("p"), out var value));
        var point = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(3, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.Equal(["a"], (List<object?>)point["tags"]!);
        Assert.False(InputValues.TryCoerce(JsonDocument.Parse("""{"y": 3}""").RootElement, Type("p"), out _));
    }
}
