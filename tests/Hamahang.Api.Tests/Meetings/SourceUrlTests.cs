using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary><c>Meeting.sourceUrl</c> and <c>Source.url</c> are one fact with one store: each writes and reads the other.</summary>
public sealed class SourceUrlTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Record = $$"""
        mutation Record($input: RecordMeetingInput!) { recordMeeting(input: $input) { meeting { id version sourceUrl source { outlet
          url } } {{WriteHarness.Errors}} } }
        """;

    private const string Update = $$"""
        mutation Update($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { version sourceUrl source { outlet
          url } } {{WriteHarness.Errors}} } }
        """;

    [Fact]
    public async Task ASourceUrlAloneIsStoredAsTheSourcesAddressAndChangingItKeepsTheOutlet()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var recorded = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", title = "نشست نشانی", startsAtPrecision = "UNKNOWN", sourceUrl = "https://www.hamshahrionline.ir/news/1" } });
        Assert.Empty(recorded.PayloadErrors("recordMeeting"));
        var meeting = recorded.At("recordMeeting.meeting");
        Assert.Equal(("https://www.hamshahrionline.ir/news/1", "https://www.hamshahrionline.ir/news/1", "www.hamshahrionline.ir"),
            (meeting.GetProperty("sourceUrl").GetString(), meeting.GetProperty("source").GetProperty("url").GetString(),
                meeting.GetProperty("source").GetProperty("outlet").GetString()));

        var id = meeting.GetProperty("id").GetString()!;
        var updated = await factory.PostAsync(Update, editor,
            new { input = new { id, version = 1, kind = "OTHER", title = "نشست نشانی", startsAtPrecision = "UNKNOWN",
            sourceUrl = "https://www.hamshahrionline.ir/news/2" } });
        Assert.Empty(updated.PayloadErrors("updateMeeting"));
        Assert.Equal(("https://www.hamshahrionline.ir/news/2", "www.hamshahrionline.ir"),
            (updated.At("updateMeeting.meeting.source.url").GetString(), updated.At("updateMeeting.meeting.source.outlet").GetString()));
        Assert.Equal("https://www.hamshahrionline.ir/news/2", updated.At("updateMeeting.meeting.sourceUrl").GetString());
        // One row holds the address.
        Assert.Equal(1, await factory.ReadAsync(db => db.Sources.CountAsync(s => s.Url == "https://www.hamshahrionline.ir/news/2")));
    }

    [Fact]
    public async Task ASourceWithoutAnAddressTakesTheSourceUrlAndTwoDifferentAddressesAreRefused()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var filled = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", title = "نشست منبع", startsAtPrecision = "UNKNOWN", sourceUrl = "https://example.org/a",
            source = new { outlet = "شهر" } } });
        Assert.Empty(filled.PayloadErrors("recordMeeting"));
        Assert.Equal(("شهر", "https://example.org/a"),
            (filled.At("recordMeeting.meeting.source.outlet").GetString(), filled.At("recordMeeting.meeting.source.url").GetString()));

        var counts = await factory.CountsAsync();
        var clash = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", title = "نشست منبع", startsAtPrecision = "UNKNOWN", sourceUrl = "https://example.org/a",
            source = new { outlet = "شهر", url = "https://example.org/b" } } });
        Assert.Equal([("ValidationError", "sourceUrl")], clash.PayloadErrors("recordMeeting"));
        Assert.Equal(counts, await factory.CountsAsync());
    }
}
