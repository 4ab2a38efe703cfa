using Hamahang.Api.Commands;
using Hamahang.Api.Decisions;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Meetings;
using Hamahang.Api.Tests.Commands;
using ValidationException = Hamahang.Api.GraphQL.Errors.ValidationException;

namespace Hamahang.Api.Tests.Meetings;

public sealed class MeetingCommandsTests : IDisposable
{
    private readonly CommandHarness harness = new();

    private int District(int number) => harness.Read(db => db.Districts.Single(d => d.Number == number).Id);

    private RecordMeetingInput Input(string? key = null) => new()
    {
        Kind = MeetingKind.Coordination,
        Title = "جلسه هماهنگی ستاد بحران",
        StartsAt = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.FromHours(3.5)),
        DistrictIds = [District(20)],
        IdempotencyKey = key,
    };

    private Task<Meeting> Record(ApiKey key, RecordMeetingInput input) => harness.As<MeetingCommands, Meeting>(key, c => c.RecordAsync(input, default));

    [Fact]
    public async Task AnEditorRecordsAHeldMeetingInUtcWithItsDistricts()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        Assert.Equal((MeetingStatus.Held, new DateTime(2024, 5, 1, 5, 30, 0, DateTimeKind.Utc)), (meeting.Status, meeting.StartsAt));
        Assert.Equal([20], harness.Read(db => db.MeetingDistricts.Where(d => d.MeetingId == meeting.Id).Select(d => d.District!.Number).ToList()));
    }

    [Fact]
    public async Task RecordingTwiceWithOneKeyRecordsOneMeeting()
    {
        var first = await Record(CommandHarness.Editor(), Input("m-1"));
        var counts = harness.Counts();
        var again = await Record(CommandHarness.Editor(), Input("m-1"));
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(counts, harness.Counts());
    }

    [Fact]
    public async Task TwoEditorsUpdatingFromTheSameVersionOneWinsTheOtherGetsAConcurrencyError()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        var id = meeting.Id;
        UpdateMeetingInput Update(string title) => new() { Id = id, Version = meeting.Version, Kind = meeting.Kind, Title = title,
            StartsAt = meeting.StartsAt };

        var first = await harness.As<MeetingCommands, Meeting>(CommandHarness.Editor(2), c => c.UpdateAsync(Update("نخستین ویرایش"), default));
        var counts = harness.Counts();
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(5), c => c.UpdateAsync(Update("دومین ویرایش"), default)));

        Assert.Equal((nameof(Meeting), Ids.Of(nameof(Meeting), id), 1L), (error.Type, error.Id, error.Version));
        Assert.Equal(2, first.Version);
        Assert.Equal("نخستین ویرایش", harness.Read(db => db.Meetings.Single(m => m.Id == meeting.Id).Title));
        Assert.Equal(counts, harness.Counts());
    }

    [Fact]
    public async Task SettingTheAgendaReplacesItInOrderAndMovesTheMeetingsVersion()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        var id = meeting.Id;
        await harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(),
            c => c.SetAgendaAsync(new() { MeetingId = id, Version = 1, Items = [new() { Title = "الف" }, new() { Title = "ب" }] }, default));
        var updated = await harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(),
            c => c.SetAgendaAsync(new() { MeetingId = id, Version = 2, Items = [new() { Title = "ج" }, new() { Title = "الف" }] }, default));

        Assert.Equal(3, updated.Version);
        Assert.Equal(["ج", "الف"], harness.Read(db => db.AgendaItems.Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Position).Select(a => a.Title)
            .ToList()));
        await Assert.ThrowsAsync<ConcurrencyException>(() => harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(), c => c.SetAgendaAsync(new() { MeetingId = id, Version = 2, Items = [] }, default)));
    }

    [Fact]
    public async Task AttendeesNamingNobodyAreInvalidAndNothingIsWritten()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        var counts = harness.Counts();
        var input = new SetMeetingAttendeesInput
        {
            MeetingId = meeting.Id,
            Version = 1,
            Attendees = [new() { PersonId = harness.Read(db => db.People.First().Id), Role = AttendeeRole.Chair }, new() { Role = AttendeeRole.Guest }],
        };
        var error = await Assert.ThrowsAsync<ValidationException>(() => harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(), c => c.SetAttendeesAsync(input, default)));
        Assert.Equal("attendees[1].organizationId", error.Field);
        Assert.Equal(counts, harness.Counts());
    }

    [Fact]
    public async Task ACancelledMeetingDoesNotChange()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        var id = meeting.Id;
        var cancelled = await harness.As<MeetingCommands, Meeting>(CommandHarness.Editor(), c => c.CancelAsync(new() { Id = id, Version = 1 }, default));
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        await Assert.ThrowsAsync<DomainRuleException>(() => harness.As<MeetingCommands,
            Meeting>(CommandHarness.Editor(), c => c.CancelAsync(new() { Id = id, Version = 2 }, default)));
    }

    [Fact]
    public async Task DecisionsAreNumberedInTheOrderTheyAreRecorded()
    {
        var meeting = await Record(CommandHarness.Editor(), Input());
        var id = meeting.Id;
        var owner = harness.Read(db => db.Organizations.First().Id);
        await harness.As<DecisionCommands, Decision>(CommandHarness.Editor(), c => c.RecordAsync(new() { MeetingId = id, Text = "نخست" }, default));
        var second = await harness.As<DecisionCommands,
            Decision>(CommandHarness.Editor(), c => c.RecordAsync(new() { MeetingId = id, Text = "دوم", OwnerOrganizationIds = [owner] }, default));
        Assert.Equal(2, second.Position);
        Assert.Equal(1, harness.Read(db => db.DecisionOwners.Count(o => o.DecisionId == second.Id)));
    }

    public void Dispose() => harness.Dispose();
}
