using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Meetings;

/// <summary>Meetings and minutes over HTTP, as editors and partners would record them.</summary>
public sealed class MeetingMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string RecordMeeting = $$"""
        mutation Record($input: RecordMeetingInput!) {
          recordMeeting(input: $input) { meeting { id title version status } {{WriteHarness.Errors}} }
        }
        """;

    private const string UpdateMeeting = $$"""
        mutation Update($input: UpdateMeetingInput!) {
          updateMeeting(input: $input) { meeting { id title version } {{WriteHarness.Errors}} }
        }
        """;

    private static readonly string[] BadDistricts = ["bad"];

    private static object Meeting(string title, string? key = null) => new
    {
        kind = "COORDINATION",
        title,
        startsAt = "2024-05-01T09:00:00+03:30",
        idempotencyKey = key,
    };

    [Fact]
    public async Task TwoEditorsUpdatingFromTheSameVersionOneGetsAConcurrencyError()
    {
        var (first, second) = (await factory.CreateKeyAsync(ApiKeyRole.Editor), await factory.CreateKeyAsync(ApiKeyRole.Editor));
        var recorded = await factory.PostAsync(RecordMeeting, first, new { input = Meeting("جلسه ستاد بحران منطقه ۲۰") });
        var id = recorded.At("recordMeeting.meeting.id").GetString();
        var version = recorded.At("recordMeeting.meeting.version").GetInt64();

        var mine = await factory.PostAsync(UpdateMeeting, first,
            new { input = new { id, version, kind = "COORDINATION", title = "ویرایش نخست", startsAt = "2024-05-01T09:00:00+03:30" } });
        var counts = await factory.CountsAsync();
        var theirs = await factory.PostAsync(UpdateMeeting, second,
            new { input = new { id, version, kind = "COORDINATION", title = "ویرایش دوم", startsAt = "2024-05-01T09:00:00+03:30" } });

        Assert.Equal(version + 1, mine.At("updateMeeting.meeting.version").GetInt64());
        Assert.Equal([("ConcurrencyError", "")], theirs.PayloadErrors("updateMeeting"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, theirs.At("updateMeeting.meeting").ValueKind);
        Assert.Equal(counts, await factory.CountsAsync());
        Assert.Equal("ویرایش نخست", await factory.ReadAsync(db => db.Meetings.Where(m => m.Title == "ویرایش نخست").Select(m => m.Title).SingleAsync()));
    }

    [Fact]
    public async Task AnInvalidMeetingNamesItsFieldsAndWritesNothing()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(RecordMeeting, key,
            new { input = new { kind = "COORDINATION", title = "", startsAt = "2024-05-01T09:00:00Z", endsAt = "2024-04-01T09:00:00Z" } });
        Assert.Equal([("ValidationError", "endsAt"), ("ValidationError", "title")], response.PayloadErrors("recordMeeting").Order().ToList());

        // A malformed district id is refused while the input is read, as HotChocolate does, naming where it is.
        var badId = await factory.PostAsync(RecordMeeting, key,
            new { input = new { kind = "COORDINATION", title = "جلسه", startsAt = "2024-05-01T09:00:00Z", districtIds = BadDistricts } });
        Assert.Equal(["BAD_USER_INPUT"], badId.ErrorCodes);
        Assert.Contains("districtIds", badId.ToString(), StringComparison.Ordinal);
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task APartnerCannotRecordAMeetingAndGetsAuthNotAuthorizedAtTheFieldsPath()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate");
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(RecordMeeting, key, new { input = Meeting("جلسه") });
        // As HotChocolate's [Authorize] answers: no payload (so no payload error), one error at the field's path; the payload
        // is non-null, so the null reaches data.
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal("""["recordMeeting"]""", response.Body.GetProperty("errors")[0].GetProperty("path").GetRawText());
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task PublishedMinutesAreAmendedByANewRevisionPointingToThem()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var meeting = (await factory.PostAsync(RecordMeeting, key, new { input = Meeting("جلسه با صورتجلسه", "minutes-" + Guid.NewGuid()) }))
            .At("recordMeeting.meeting.id").GetString();
        const string Sections = """sections: [{ kind: DECISIONS, heading: "مصوبات", body: "مقرر شد کارگروه‌های تخصصی تشکیل شوند." }]""";
        var draft =
            await factory.PostAsync(
                $$"""mutation { writeMinutes(input: { meetingId: "{{meeting}}", {{Sections}} }) """ +
                $$"""{ minutes { id version status revision } {{WriteHarness.Errors}} } }""", key);
        var id = draft.At("writeMinutes.minutes.id").GetString();
        var approved =
            await factory.PostAsync(
                $$"""mutation { approveMinutes(input: { id: "{{id}}", version: 1 }) { minutes { status version } {{WriteHarness.Errors}} } }""", key);
        var published =
            await factory.PostAsync(
                $$"""mutation { publishMinutes(input: { id: "{{id}}", version: 2 }) { minutes { status version } {{WriteHarness.Errors}} } }""", key);
        Assert.Equal(("APPROVED", "PUBLISHED"),
            (approved.At("approveMinutes.minutes.status").GetString(), published.At("publishMinutes.minutes.status").GetString()));

        var edit =
            await factory.PostAsync(
                $$"""mutation { updateMinutes(input: { id: "{{id}}", version: 3, {{Sections}} }) { minutes { id } {{WriteHarness.Errors}} } }""", key);
        Assert.Equal([("DomainRuleError", "")], edit.PayloadErrors("updateMinutes"));

        var amended =
            await factory.PostAsync(
                $$"""mutation { amendMinutes(input: { id: "{{id}}", {{Sections}} }) { minutes { id revision status } {{WriteHarness.Errors}} } }""", key);
        Assert.Empty(amended.PayloadErrors("amendMinutes"));
        Assert.Equal((2, "DRAFT"), (amended.At("amendMinutes.minutes.revision").GetInt32(), amended.At("amendMinutes.minutes.status").GetString()));
        var amendsId = await factory.ReadAsync(db => db.Minutes.Where(m => m.Revision == 2 && m.Meeting!.Title == "جلسه با صورتجلسه").Select(m => m.AmendsId)
            .SingleAsync());
        Assert.Equal(Keys.Of(id!, "Minutes"), amendsId);
        Assert.Equal(MinutesStatus.Published, await factory.ReadAsync(db => db.Minutes.Where(m => m.Id == amendsId).Select(m => m.Status).SingleAsync()));
    }
}
