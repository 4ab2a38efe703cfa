using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types;

/// <summary>
/// <c>Duration</c>, HotChocolate's scalar for <see cref="TimeSpan"/> (its workshop's <c>Session.duration: Duration!</c>):
/// ISO 8601 durations, HotChocolate's description and <c>@specifiedBy</c> URL.
/// </summary>
public class DurationTypeTests
{
    private static readonly ScalarType Duration = BuiltInScalars.Duration;

    [Fact]
    public void ItIsNamedDescribedAndSpecifiedAsHotChocolateDoes()
    {
        Assert.Equal("Duration", Duration.Name);
        Assert.Equal("The `Duration` scalar type represents a duration of time.", Duration.Description);
        Assert.Equal("https://scalars.graphql.org/chillicream/duration.html", Duration.SpecifiedByUrl);
    }

    [Theory]
    [InlineData(90, "PT1H30M")]
    [InlineData(0, "PT0S")]
    [InlineData(1500, "P1DT1H")]
    public void ATimeSpanIsWrittenAsAnIsoDuration(int minutes, string expected) =>
        Assert.Equal(expected, Duration.Serialize(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void AnIsoDurationIsRead()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), Duration.ParseValue("PT1H30M"));
        Assert.Equal(TimeSpan.FromSeconds(5), Duration.ParseLiteral(new StringValueNode { Value = "PT5S" }));
    }

    [Theory]
    [InlineData("90 minutes")]
    [InlineData("")]
    public void AnythingElseIsACoercionError(string text) => Assert.Throws<CoercionException>(() => Duration.ParseValue(text));

    [Fact]
    public void ANumberIsNotADuration() => Assert.Throws<CoercionException>(() => Duration.ParseValue(90));

    [Fact]
    public void ATimeSpanMemberIsTypedDuration()
    {
        var schema = SchemaBuilder.New().AddQueryType<Query>().Create();

        Assert.Equal("Duration!", schema.QueryType!.GetField("length")!.Type.ToString());
    }

    public class Query
    {
        public static TimeSpan Length() => TimeSpan.FromHours(1);
    }
}
