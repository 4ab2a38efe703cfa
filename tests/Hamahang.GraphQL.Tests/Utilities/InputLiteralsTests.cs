using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Utilities;

public class InputLiteralsTests
{
    private static readonly Schema Schema = BuildSchema.FromSdl("""
        input Point { x: Int! y: Int = 0 tags: [String] }
        input By @oneOf { id: ID name: String }
        type Query { f(p: Point, ps: [Point!], by: By, n: [Int]): Int }
        """);

    private static GraphQLType ArgumentType(string name) => Schema.QueryType!.GetField("f")!.GetArgument(name)!.Type;

    private static List<string> Errors(string literal, string argument, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var errors = new List<string>();
        InputLiteralValidator.Validate(
            Parser.ParseValue(literal),
            ArgumentType(argument),
            (message, path, _) => errors.Add(path.Count == 0 ? message : string.Join(".", path) + ": " + message),
            variables: variables);
        return errors;
    }

    // The expected messages below are graphql-js 17's validateInputLiteral with and without variable values.
    [Fact]
    public void WithoutVariableValuesVariablesAreLeftToOtherRules() =>
        Assert.Empty(Errors("{x: $v}", "p"));

    [Fact]
    public void AtExecutionAVariableInANonNullPositionNeedsAValueThatIsNotNull()
    {
        Assert.Equal(
            ["x: Expected variable \"$v\" provided to type \"Int!\" to provide a runtime value."],
            Errors("{x: $v}", "p", new Dictionary<string, object?>()));
        Assert.Equal(
            ["x: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null."],
            Errors("{x: $v}", "p", new Dictionary<string, object?> { ["v"] = null }));
    }

    [Fact]
    public void AtExecutionAVariableGivenToAOneOfFieldMustNotBeNull()
    {
        Assert.Equal(
            ["Expected variable \"$id\" provided to field \"id\" for OneOf Input Object type \"By\" not to be null."],
            Errors("{id: $id}", "by", new Dictionary<string, object?> { ["id"] = null }));
        Assert.Equal(
            ["Expected variable \"$id\" provided to field \"id\" for OneOf Input Object type \"By\" to provide a runtime value."],
            Errors("{id: $id}", "by", new Dictionary<string, object?>()));
    }

    [Fact]
    public void AnObjectLiteralCoercesWithFieldDefaults()
    {
        Assert.True(InputLiterals.TryCoerce(Parser.ParseValue("{x: 1, tags: \"a\"}"), ArgumentType("p"), out var value));
        var point = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(1, point["x"]);
        Assert.Equal(0, point["y"]);
        Assert.Equal(["a"], (List<object?>)point["tags"]!);
    }

    [Fact]
    public void AMissingRequiredFieldOrUnknownFieldFailsCoercion()
    {
        Assert.False(InputLiterals.TryCoerce(Parser.ParseValue("{y: 1}"), ArgumentType("p"), out _));
        Assert.False(InputLiterals.TryCoerce(Parser.ParseValue("{x: 1, z: 2}"), ArgumentType("p"), out _));
    }

    [Fact]
    public void VariablesAreReadFromTheCoercedValues()
    {
        var variables = new Dictionary<string, object?> { ["a"] = 5 };
        Assert.True(InputLiterals.TryCoerce(Parser.ParseValue("[1, $a, $missing]"), ArgumentType("n"), out var value, variables));
        Assert.Equal([1, 5, null], (List<object?>)value!);
    }

    [Fact]
    public void AOneOfLiteralNeedsExactlyOneNonNullField()
    {
        Assert.True(InputLiterals.TryCoerce(Parser.ParseValue("{id: 4}"), ArgumentType("by"), out _));
        Assert.False(InputLiterals.TryCoerce(Parser.ParseValue("{id: 4, name: \"x\"}"), ArgumentType("by"), out _));
        Assert.Equal(
            ["Within OneOf Input Object type \"By\", exactly one field must be specified, and the value for that field must be non-null."],
            Errors("{id: 4, name: \"x\"}", "by"));
    }

    [Fact]
    public void ValidationReportsEveryMistakeWithItsPath()
    {
        Assert.Equal(
            [
                "0: Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }.",
                "1.x: Int cannot represent non-integer value: \"a\"",
                "2: Expected value of type \"Point\" not to include unknown field \"xx\". Did you mean \"x\"? Found: { x: 1, xx: 2 }.",
            ],
            Errors("[{y: 1}, {x: \"a\"}, {x: 1, xx: 2}]", "ps"));
    }

    [Fact]
    public void ADefaultValueLiteralIsPrintedAsWritten()
    {
        var schema = BuildSchema.FromSdl("type Query { f(a: Float = 1e3, b: [Int] = 1): Int }");
        Assert.Equal("type Query {\n  f(a: Float = 1e3, b: [Int] = 1): Int\n}", SchemaPrinter.Print(schema));
        Assert.Equal(1000d, schema.QueryType!.GetField("f")!.GetArgument("a")!.DefaultValue);
        Assert.Equal([1], (List<object?>)schema.QueryType!.GetField("f")!.GetArgument("b")!.DefaultValue!);
    }
}
