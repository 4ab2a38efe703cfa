using Hamahang.GraphQL.Types;
using System.Globalization;

namespace Hamahang.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648d, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData("1.2", "Int cannot represent non-integer value: \"1.2\"")]
    public void IntRefusesToSerializeWhatIsNotA32BitInteger(object value, string message) =>
        Assert.Equal(message, Assert.Throws<CoercionException>(() => BuiltInScalars.Int.Serialize(value)).Message);

    [Fact]
    public void IntSerializesIntegralNumbersBooleansAndNumericStrings()
    {
        Assert.Equal(3, BuiltInScalars.Int.Serialize(3L));
        Assert.Equal(2, BuiltInScalars.Int.Serialize(2.0));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(-12, BuiltInScalars.Int.Serialize("-12"));
    }

    [Fact]
    public void IntInputDoesNotAcceptAStringOrAFraction()
    {
        Assert.Equal("Int cannot represent non-integer value: \"1\"", Assert.Throws<CoercionException>(() => BuiltInScalars.Int.ParseValue("1")).Message);
        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Throws<CoercionException>(() => BuiltInScalars.Int.ParseValue(1.5)).Message);
        Assert.Equal(7, BuiltInScalars.Int.ParseValue(7L));
    }

    [Fact]
    public void FloatAcceptsIntegersAndRefusesStringsAsInput()
    {
        Assert.Equal(4d, BuiltInScalars.Float.ParseValue(4));
        Assert.Equal("Float cannot represent non numeric value: \"4\"", Assert.Throws<CoercionException>(() => BuiltInScalars.Float.ParseValue("4")).Message);
        Assert.Equal(
            "Float cannot represent non numeric value: NaN",
            Assert.Throws<CoercionException>(() => BuiltInScalars.Float.Serialize(double.NaN)).Message);
        Assert.Equal(0.5, BuiltInScalars.Float.Serialize("0.5"));
    }

    [Fact]
    public void StringSerializesBooleansAndNumbersLikeJavaScript()
    {
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal("42", BuiltInScalars.String.Serialize(42));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<CoercionException>(() => BuiltInScalars.String.ParseValue(1)).Message);
        Assert.Equal(
            "String cannot represent value: { a: 1 }",
            Assert.Throws<CoercionException>(() => BuiltInScalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })).Message);
    }

    [Fact]
    public void BooleanInputMustBeABoolean()
    {
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Assert.Throws<CoercionException>(() => BuiltInScalars.Boolean.ParseValue(1)).Message);
        Assert.Equal(
            "Boolean cannot represent a non boolean value: [1, 2]",
            Assert.Throws<CoercionException>(() => BuiltInScalars.Boolean.Serialize(new List<int> { 1, 2 })).Message);
    }

    [Fact]
    public void IdAcceptsStringsAndIntegersAndWritesStrings()
    {
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4));
        Assert.Equal("abc", BuiltInScalars.ID.ParseValue("abc"));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<CoercionException>(() => BuiltInScalars.ID.ParseValue(1.5)).Message);
        Assert.Equal("ID cannot represent value: true", Assert.Throws<CoercionException>(() => BuiltInScalars.ID.Serialize(true)).Message);
    }

    [Fact]
    public void DateTimeWritesUtcWithZAsHotChocolateDoes()
    {
        Assert.Equal("2025-03-01T06:00:00.000Z", BuiltInScalars.DateTime.Serialize(new DateTimeOffset(2025, 3, 1, 6, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2025-03-01T06:00:00.000Z", BuiltInScalars.DateTime.Serialize(new DateTime(2025, 3, 1, 6, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("2025-03-01T06:00:00.000Z", BuiltInScalars.DateTime.Serialize("2025-03-01T06:00:00+00:00"));
    }

    [Fact]
    public void DateTimeWritesIso8601WithTheOffsetAndReadsItBack()
    {
        var value = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromMinutes(210));
        Assert.Equal("2025-03-01T09:30:00.000+03:30", BuiltInScalars.DateTime.Serialize(value));
        Assert.Equal(value, BuiltInScalars.DateTime.ParseValue("2025-03-01T09:30:00+03:30"));
        Assert.Equal("https://scalars.graphql.org/chillicream/date-time.html", BuiltInScalars.DateTime.SpecifiedByUrl);
        Assert.Throws<CoercionException>(() => BuiltInScalars.DateTime.ParseValue("2025-03-01T09:30:00"));
    }

    [Fact]
    public void DateTimeWritesExactlyWhatTheInvariantCustomFormatWrites()
    {
        var random = new Random(20250301);
        var edges = new List<DateTimeOffset>
        {
            DateTimeOffset.MinValue,
            DateTimeOffset.MaxValue,
            new(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-14)),
            new(DateTime.MaxValue.Ticks, TimeSpan.FromHours(14)),
            new(9, 9, 9, 9, 9, 9, 9, TimeSpan.FromMinutes(-30)),
            new(99, 10, 10, 10, 10, 10, 99, TimeSpan.FromMinutes(-570)),
            new(999, 12, 31, 23, 59, 59, 999, TimeSpan.FromMinutes(210)),
            new(new DateTime(2025, 3, 1, 9, 30, 59, 999).Ticks + 9_999, TimeSpan.FromMinutes(210)),
            new(new DateTime(2025, 3, 1, 23, 59, 59).Ticks + 9_999_999, TimeSpan.Zero),
            new(new DateTime(2025, 3, 1, 6, 0, 0).Ticks + 1, TimeSpan.FromMinutes(-300)),
        };
        var span = DateTime.MaxValue.Ticks - (2 * TimeSpan.TicksPerDay);
        var values = edges.Concat(Enumerable.Range(0, 50_000).Select(i => new DateTimeOffset(
            TimeSpan.TicksPerDay + random.NextInt64(span),
            TimeSpan.FromMinutes(i % 10 == 0 ? 0 : random.Next(-14 * 60, (14 * 60) + 1)))));

        foreach (var value in values)
        {
            var expected = value.ToString(
                value.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH':'mm':'ss.fff'Z'" : "yyyy-MM-dd'T'HH':'mm':'ss.fffzzz", CultureInfo.InvariantCulture);
            Assert.Equal(expected, BuiltInScalars.DateTime.Serialize(value));
            Assert.Equal(expected, BuiltInScalars.DateTime.Serialize(value.ToString("o", CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void DateTimeWritesADateTimeOfEachKindAsItsOffsetWouldBeWritten()
    {
        var ticks = new DateTime(1403, 12, 10, 9, 30, 15, 123).Ticks + 9_999;
        Assert.Equal("1403-12-10T09:30:15.123Z", BuiltInScalars.DateTime.Serialize(new DateTime(ticks, DateTimeKind.Utc)));
        Assert.Equal("1403-12-10T09:30:15.123Z", BuiltInScalars.DateTime.Serialize(new DateTime(ticks, DateTimeKind.Unspecified)));
        var local = new DateTime(ticks, DateTimeKind.Local);
        var offset = new DateTimeOffset(local);
        var format = offset.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH':'mm':'ss.fff'Z'" : "yyyy-MM-dd'T'HH':'mm':'ss.fffzzz";
        Assert.Equal(offset.ToString(format, CultureInfo.InvariantCulture), BuiltInScalars.DateTime.Serialize(local));
    }

    [Fact]
    public void DateUuidUrlAndLongRoundTrip()
    {
        Assert.Equal("2025-03-01", BuiltInScalars.Date.Serialize(new DateOnly(2025, 3, 1)));
        Assert.Equal(new DateOnly(2025, 3, 1), BuiltInScalars.Date.ParseValue("2025-03-01"));
        Assert.Throws<CoercionException>(() => BuiltInScalars.Date.ParseValue("01/03/2025"));
        var guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", BuiltInScalars.Uuid.Serialize(guid));
        Assert.Equal(guid, BuiltInScalars.Uuid.ParseValue("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Assert.Equal(new Uri("https://tehran.ir/"), BuiltInScalars.Url.ParseValue("https://tehran.ir/"));
        Assert.Throws<CoercionException>(() => BuiltInScalars.Url.ParseValue("not a url"));
        Assert.Equal(9_000_000_000L, BuiltInScalars.Long.ParseValue(9_000_000_000L));
        Assert.Throws<CoercionException>(() => BuiltInScalars.Long.ParseValue(1.5));
    }
}
