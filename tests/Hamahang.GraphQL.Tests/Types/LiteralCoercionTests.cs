using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

public class LiteralCoercionTests
{
    private static string Error(Func<object?> parse) => Assert.Throws<CoercionException>(parse).Message;

    [Fact]
    public void IntLiteralsMustBe32BitIntegers()
    {
        Assert.Equal(42, BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("42")));
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", Error(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("\"abc\""))));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Error(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("1.5"))));
        Assert.Equal(
            "Int cannot represent non 32-bit signed integer value: 2147483648",
            Error(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("2147483648"))));
    }

    [Fact]
    public void OtherBuiltInScalarsNameTheLiteralTheyRefuse()
    {
        Assert.Equal(3d, BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("3")));
        Assert.Equal("Float cannot represent non numeric value: true", Error(() => BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("true"))));
        Assert.Equal("String cannot represent a non string value: [\"a\"]", Error(() => BuiltInScalars.String.ParseLiteral(Parser.ParseValue("[\"a\"]"))));
        Assert.Equal("Boolean cannot represent a non boolean value: TRUE", Error(() => BuiltInScalars.Boolean.ParseLiteral(Parser.ParseValue("TRUE"))));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", Error(() => BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("1.5"))));
        Assert.Equal("7", BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("7")));
    }

    [Fact]
    public void CustomScalarLiteralsParseToClrValues()
    {
        Assert.Equal(new DateOnly(2025, 3, 1), BuiltInScalars.Date.ParseLiteral(Parser.ParseValue("\"2025-03-01\"")));
        Assert.Equal(9_000_000_000L, BuiltInScalars.Long.ParseLiteral(Parser.ParseValue("9000000000")));
        Assert.Equal("DateTime cannot represent non-string value: 5", Error(() => BuiltInScalars.DateTime.ParseLiteral(Parser.ParseValue("5"))));
    }

    [Fact]
    public void AnSdlScalarTakesTheLiteralAsItIs()
    {
        var json = new ScalarType("JSON");
        var value = Assert.IsType<Dictionary<string, object?>>(json.ParseLiteral(Parser.ParseValue("{a: [1, \"x\"], b: null}")));
        Assert.Equal([1, "x"], (List<object?>)value["a"]!);
        Assert.Null(value["b"]);
    }

    [Fact]
    public void AnEnumLiteralMustNameAValue()
    {
        var color = new EnumType("Color");
        color.AddValue(new EnumValueDefinition("RED"));
        Assert.Equal("RED", color.ParseLiteral(Parser.ParseValue("RED")));
        Assert.Equal(
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\"?",
            Error(() => color.ParseLiteral(Parser.ParseValue("\"RED\""))));
        Assert.Equal("Value \"BLUE\" does not exist in \"Color\" enum.", Error(() => color.ParseLiteral(Parser.ParseValue("BLUE"))));
    }
}
