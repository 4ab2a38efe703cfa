using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private static EnumType Color()
    {
        var color = new EnumType("Color");
        color.AddValue(new EnumValueDefinition("RED", ConsoleColor.Red));
        color.AddValue(new EnumValueDefinition("GREEN", ConsoleColor.Green));
        return color;
    }

    [Fact]
    public void AnEnumSerializesItsInternalValueToTheValueName() => Assert.Equal("GREEN", Color().Serialize(ConsoleColor.Green));

    [Fact]
    public void AnEnumParsesANameToItsInternalValue() => Assert.Equal(ConsoleColor.Red, Color().ParseValue("RED"));

    [Fact]
    public void AnUnknownNameSuggestsTheNearestValue() =>
        Assert.Equal(
            "Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<CoercionException>(() => Color().ParseValue("REDD")).Message);

    [Fact]
    public void ANonStringInputIsRefused() =>
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.", Assert.Throws<CoercionException>(() => Color().ParseValue(1)).Message);

    [Fact]
    public void AValueOutsideTheEnumCannotBeSerialized() =>
        Assert.Equal("Enum \"Color\" cannot represent value: \"RED\"", Assert.Throws<CoercionException>(() => Color().Serialize("RED")).Message);
}
