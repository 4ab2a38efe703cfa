using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;

namespace Hamahang.Api.Tests.Reliability;

/// <summary>The faults issue 18 reproduced by hand, each asked of the real host as a client would ask it.</summary>
public sealed class HostileInputTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string RecordMeeting = $$"""
        mutation Record($input: RecordMeetingInput!) {
          recordMeeting(input: $input) { meeting { id startsAtJalali } {{WriteHarness.Errors}} }
        }
        """;

    [Theory]
    [InlineData("number: { in: [null] }", 0)]
    [InlineData("number: { in: [1, null] }", 1)]
    [InlineData("number: { nin: [null] }", 22)]
    public async Task ANullItemInAnInFilterIsAnswerdNotAStackTrace(string where, int count)
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync($$"""{ districts(first: 50, where: { {{where}} }) { totalCount } }""", key);

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(count, response.At("districts.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z", null)]
    [InlineData("0001-01-02T00:00:00Z", null)]
    [InlineData("2024-05-01T09:00:00+03:30", "9999-12-31T00:00:00Z")]
    public async Task AnOutOfRangeDateIsAValidationErrorNamingTheFieldAndNothingIsWritten(string startsAt, string? endsAt)
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var before = await factory.CountsAsync();

        var response = await factory.PostAsync(RecordMeeting, key,
            new { input = new { kind = "COORDINATION", title = "جلسه", startsAt, endsAt, idempotencyKey = Guid.NewGuid().ToString() } });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Contains(("ValidationError", endsAt is null ? "startsAt" : "endsAt"), response.PayloadErrors("recordMeeting"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("recordMeeting.meeting").ValueKind);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task ADateAtTheEdgeOfTheWindowIsSavedAndShownInJalali()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);

        var response = await factory.PostAsync(RecordMeeting, key,
            new { input = new { kind = "COORDINATION", title = "جلسه مرزی", startsAt = "2199-12-31T12:00:00Z" } });

        Assert.Empty(response.PayloadErrors("recordMeeting"));
        Assert.StartsWith("1578/", response.At("recordMeeting.meeting.startsAtJalali").GetString(), StringComparison.Ordinal);
        var listing = await factory.PostAsync("{ meetings(first: 50) { nodes { startsAtJalali } } }", key);
        Assert.False(listing.HasErrors, listing.ToString());
    }

    [Theory]
    [InlineData("{ findings(first: 1) { nodes { a: inspection { version } b: inspection { plannedAtJalali } } } }", "findings.nodes")]
    [InlineData("{ findings(first: 1) { nodes { a: inspection { version } b: inspection { title } } } }", "findings.nodes")]
    [InlineData("{ minutes(first: 50) { nodes { a: amends { id } amends { markdown } } } }", "minutes.nodes")]
    // Found by the 100 000-request fuzz run: two aliases of node reuse a child's response name for different fields.
    [InlineData("{ minutes(first: 5) { edges { a20: node { a30: status } } edges { node { a30: markdown } } } }", "minutes.edges")]
    [InlineData("{ meetings(first: 5) { nodes { a: hostOrganization { id } b: hostOrganization { name } } } }", "meetings.nodes")]
    public async Task OneReferenceUnderTwoAliasesReadsAFullyLoadedEntity(string query, string list)
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Admin);

        var response = await factory.PostAsync(query, key);

        Assert.False(response.HasErrors, response.ToString());
        Assert.NotEqual(0, response.At(list).GetArrayLength());
        if (query.Contains("b: inspection { title }", StringComparison.Ordinal))
        {
            Assert.False(string.IsNullOrEmpty(response.At(list)[0].GetProperty("b").GetProperty("title").GetString()));
        }
    }
}
