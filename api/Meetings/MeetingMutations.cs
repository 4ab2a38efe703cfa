using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Meetings;

/// <summary>Meetings, their agenda and attendees: editors and administrators.</summary>
[MutationType]
[CommandErrors]
public static class MeetingMutations
{
    /// <summary>Records a meeting. A retry with the same idempotencyKey returns the first meeting and records nothing.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> RecordMeetingAsync(RecordMeetingInput input, [Service] MeetingCommands commands, CancellationToken cancellationToken) =>
        commands.RecordAsync(input, cancellationToken);

    /// <summary>Replaces a meeting's details, if it is still at the version the client read.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> UpdateMeetingAsync(UpdateMeetingInput input, [Service] MeetingCommands commands, CancellationToken cancellationToken) =>
        commands.UpdateAsync(input, cancellationToken);

    /// <summary>Cancels a meeting; it is kept as cancelled.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> CancelMeetingAsync(CancelMeetingInput input, [Service] MeetingCommands commands, CancellationToken cancellationToken) =>
        commands.CancelAsync(input, cancellationToken);

    /// <summary>Replaces a meeting's agenda.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> SetMeetingAgendaAsync(SetMeetingAgendaInput input, [Service] MeetingCommands commands, CancellationToken cancellationToken) =>
        commands.SetAgendaAsync(input, cancellationToken);

    /// <summary>Replaces the sites visited after a meeting, with notes and photos' captions.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> SetMeetingSiteVisitsAsync(SetMeetingSiteVisitsInput input, [Service] MeetingCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetSiteVisitsAsync(input, cancellationToken);

    /// <summary>Replaces a meeting's tags.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> SetMeetingTagsAsync(SetMeetingTagsInput input, [Service] MeetingCommands commands, CancellationToken cancellationToken) =>
        commands.SetTagsAsync(input, cancellationToken);

    /// <summary>Replaces a meeting's attendees.</summary>
    [Authorize(ApiKeyRole.Editor, ApiKeyRole.Admin)]
    public static Task<Meeting> SetMeetingAttendeesAsync(SetMeetingAttendeesInput input, [Service] MeetingCommands commands,
        CancellationToken cancellationToken) =>
        commands.SetAttendeesAsync(input, cancellationToken);
}
