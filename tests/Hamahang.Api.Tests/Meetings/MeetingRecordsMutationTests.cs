using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>Site visits (with photos' captions), tags, the source and the precision of a meeting's date, written over HTTP.</summary>
public sealed class MeetingRecordsMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Record = $$"""
        mutation Record($input: RecordMeetingInput!) {
          recordMeeting(input: $input) {
            meeting { id version startsAt startsAtPrecision startsAtFromPublication startsAtJalali startsAtJalaliLong sourceUrl source { outlet url newsCode
              publishedOn publishedOnJalali } }
            {{WriteHarness.Errors}}
          }
        }
        """;

    private const string Visits = $$"""
        mutation Visits($input: SetMeetingSiteVisitsInput!) {
          setMeetingSiteVisits(input: $input) { meeting { version siteVisits { position notes site { id } photos { position
            caption } } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Tags = $$"""
        mutation Tags($input: SetMeetingTagsInput!) {
          setMeetingTags(input: $input) { meeting { version tags { name } } {{WriteHarness.Errors}} }
        }
        """;

    private static readonly string[] Captions = ["ورودی پایگاه", "انبار تجهیزات"];

    private static readonly string[] BlankCaption = [""];

    private static readonly string[] Hashtags = ["#ری_1403", "شهرداری_منطقه_۲۰"];

    private static readonly string[] SameTagTwice = ["#الف", "الف"];

    private static readonly string[] OneTag = ["برچسب"];

    [Fact]
    public async Task ADayPreciseMeetingFromAPublicationKeepsNoHourAndNamesItsSource()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(Record, editor, new { input = new
        {
            kind = "CONSULTATION", title = "نشست آزمون", startsAt = "2023-05-01T15:58:10+03:30", startsAtPrecision = "DAY", startsAtFromPublication = true,
            sourceUrl = "https://www.khabaririan.ir/54514", source = new { outlet = "خبرایران", url = "https://www.khabaririan.ir/54514", newsCode = "54514",
                publishedOn = "2023-05-01" },
        } });
        Assert.Empty(response.PayloadErrors("recordMeeting"));
        var meeting = response.At("recordMeeting.meeting");
        Assert.Equal("1402/02/11", meeting.GetProperty("startsAtJalali").GetString());
        Assert.Equal("دوشنبه ۱۱ اردیبهشت ۱۴۰۲", meeting.GetProperty("startsAtJalaliLong").GetString());
        Assert.Equal("2023-04-30T20:30:00.000Z", meeting.GetProperty("startsAt").GetString());
        Assert.True(meeting.GetProperty("startsAtFromPublication").GetBoolean());
        Assert.Equal(("54514", "دوشنبه ۱۱ اردیبهشت ۱۴۰۲"),
            (meeting.GetProperty("source").GetProperty("newsCode").GetString(), meeting.GetProperty("source").GetProperty("publishedOnJalali").GetString()));
    }

    [Fact]
    public async Task AnUndatedMeetingHasNoStartAndAnExactOneShowsItsHour()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var undated = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", title = "نشست بی‌تاریخ", startsAtPrecision = "UNKNOWN", source = new { outlet = "شهر" } } });
        Assert.Empty(undated.PayloadErrors("recordMeeting"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, undated.At("recordMeeting.meeting.startsAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, undated.At("recordMeeting.meeting.startsAtJalali").ValueKind);

        var exact = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", title = "نشست ساعت‌دار", startsAt = "2023-05-01T10:00:00+03:30" } });
        Assert.Equal("1402/02/11 10:00", exact.At("recordMeeting.meeting.startsAtJalali").GetString());
        Assert.Equal("دوشنبه ۱۱ اردیبهشت ۱۴۰۲، ساعت ۱۰:۰۰", exact.At("recordMeeting.meeting.startsAtJalaliLong").GetString());
    }

    [Fact]
    public async Task InvalidDatesAndSourcesNameTheirFieldsAndWriteNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(Record, editor, new { input = new
        {
            kind = "OTHER", title = "نشست", startsAtPrecision = "YEAR", startsAtFromPublication = true, endsAt = "2024-05-01T10:00:00Z",
            sourceUrl = "javascript:alert(1)", source = new { outlet = " ", publishedOn = "1800-01-01" },
        } });
        Assert.Equal(
            [("ValidationError", "endsAt"), ("ValidationError", "source.outlet"), ("ValidationError", "source.publishedOn"), ("ValidationError", "sourceUrl"),
                ("ValidationError", "startsAt"), ("ValidationError", "startsAtFromPublication")],
            response.PayloadErrors("recordMeeting").Distinct().Order().ToList());
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task AnEditorSetsTheSiteVisitsWithCaptionsAndTheAuditHoldsEachRow()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (meeting, version) = await NewMeetingAsync(editor);
        var sites = await factory.ReadAsync(db => db.Sites.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync());
        var ids = sites.Select(s => Hamahang.Api.Commands.Ids.Of(nameof(Site), s)).ToList();
        var audit = (await factory.CountsAsync()).Audit;
        var response = await factory.PostAsync(Visits, editor, new { input = new
        {
            meetingId = meeting, version,
            visits = new object[] { new { siteId = ids[0], notes = "بازدید از پایگاه", photoCaptions = Captions }, new { siteId = ids[1] } },
        } });
        Assert.Empty(response.PayloadErrors("setMeetingSiteVisits"));
        var visits = response.At("setMeetingSiteVisits.meeting.siteVisits").EnumerateArray().ToList();
        Assert.Equal([1, 2], visits.Select(v => v.GetProperty("position").GetInt32()));
        Assert.Equal(["ورودی پایگاه", "انبار تجهیزات"], visits[0].GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("caption").GetString()));
        // The meeting (its version), two visits, two photos.
        Assert.Equal(audit + 5, (await factory.CountsAsync()).Audit);

        var stale = await factory.PostAsync(Visits, editor, new { input = new { meetingId = meeting, version, visits = Array.Empty<object>() } });
        Assert.Equal([("ConcurrencyError", "")], stale.PayloadErrors("setMeetingSiteVisits"));
        var invalid = await factory.PostAsync(Visits, editor,
            new { input = new { meetingId = meeting, version = version + 1,
            visits = new object[] { new { siteId = ids[0], photoCaptions = BlankCaption } } } });
        Assert.Equal([("ValidationError", "visits[0].photoCaptions[0]")], invalid.PayloadErrors("setMeetingSiteVisits"));
        // A meeting's id where a site's belongs is refused while the input is read, as HotChocolate does.
        var wrongType = await factory.PostAsync(Visits, editor,
            new { input = new { meetingId = meeting, version = version + 1, visits = new object[] { new { siteId = meeting } } } });
        Assert.Equal(["BAD_USER_INPUT"], wrongType.ErrorCodes);
    }

    [Fact]
    public async Task AnEditorSetsTagsWithOrWithoutTheHashSign()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var (meeting, version) = await NewMeetingAsync(editor);
        var response = await factory.PostAsync(Tags, editor, new { input = new { meetingId = meeting, version, tags = Hashtags } });
        Assert.Empty(response.PayloadErrors("setMeetingTags"));
        Assert.Equal(["ری_1403", "شهرداری_منطقه_۲۰"], response.At("setMeetingTags.meeting.tags").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Order());
        var twice = await factory.PostAsync(Tags, editor, new { input = new { meetingId = meeting, version = version + 1, tags = SameTagTwice } });
        Assert.Equal([("ValidationError", "tags")], twice.PayloadErrors("setMeetingTags"));
    }

    [Theory]
    [InlineData(ApiKeyRole.Partner)]
    [InlineData(ApiKeyRole.Inspector)]
    [InlineData(ApiKeyRole.Integrator)]
    public async Task OtherRolesMayNotSetVisitsOrTagsAndNothingIsWritten(ApiKeyRole role)
    {
        var (meeting, version) = await NewMeetingAsync(await factory.CreateKeyAsync(ApiKeyRole.Admin));
        var key = await factory.CreateKeyAsync(role, organization: role == ApiKeyRole.Integrator ? null : "استانداری قم");
        var counts = await factory.CountsAsync();
        var tags = await factory.PostAsync(Tags, key, new { input = new { meetingId = meeting, version, tags = OneTag } });
        var visits = await factory.PostAsync(Visits, key, new { input = new { meetingId = meeting, version, visits = Array.Empty<object>() } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], tags.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], visits.ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
    }

    private async Task<(string Id, long Version)> NewMeetingAsync(string key)
    {
        var response = await factory.PostAsync(Record, key,
            new { input = new { kind = "OTHER", title = "نشست " + Guid.NewGuid().ToString("N"), startsAt = "2024-05-01T09:00:00Z" } });
        Assert.Empty(response.PayloadErrors("recordMeeting"));
        return (response.At("recordMeeting.meeting.id").GetString()!, response.At("recordMeeting.meeting.version").GetInt64());
    }
}
