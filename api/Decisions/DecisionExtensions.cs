using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.Text;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Decisions;

/// <summary>A meeting's outcomes, filtered by the follow-up arguments; one query for all meetings of a response.</summary>
[ExtendObjectType(typeof(Meeting))]
public static class MeetingDecisionExtensions
{
    /// <summary>
    /// What the meeting resolved (مصوبات) and its other outcomes, in order; optionally only those of one
    /// <paramref name="kind"/> or <paramref name="status"/>, the <paramref name="open"/> ones or the <paramref name="overdue"/> ones.
    /// </summary>
    [GraphQLDescription("What the meeting resolved (مصوبات) and its other outcomes (commitments, directives, emphases), in order; optionally only one kind " +
        "or status, the open ones (not done or cancelled) or the overdue ones.")]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static Task<Page<Decision>?> GetDecisions([Parent] Meeting meeting, IResolverContext context, TimeProvider clock,
        OutcomeKind? kind, DecisionStatus? status, bool? open, bool? overdue)
    {
        var today = DecisionFollowUp.Today(clock);
        // A batch is one place in the document, so every meeting of it shares these arguments.
        return context.PagesBy<AppDbContext, Decision, int>(
            "Meeting.decisions", db => db.Decisions.Filter(today, overdue, open, status, kind), d => d.MeetingId, [SortKey.Of((Decision d) => d.Position)])
            .LoadAsync(meeting.Id);
    }
}

[ExtendObjectType(typeof(Decision))]
public static class DecisionExtensions
{
    [Cost(0)]
    [GraphQLDescription("The due date in the Solar Hijri calendar (1403/09/30).")]
    [ProjectionRequires(nameof(Decision.DueDate))]
    public static string? GetDueDateJalali([Parent] Decision decision) =>
        decision.DueDate is { } due ? JalaliDate.FromDate(due).ToString() : null;

    [Cost(0)]
    [GraphQLDescription("Past its due date (today in Tehran) and neither done nor cancelled.")]
    [ProjectionRequires(nameof(Decision.DueDate), nameof(Decision.Status))]
    public static bool GetIsOverdue([Parent] Decision decision, TimeProvider clock) =>
        DecisionFollowUp.IsOverdue(decision, DecisionFollowUp.Today(clock));

    [Cost(1)]
    [GraphQLDescription("The organizations responsible for carrying the decision out (those the caller may read).")]
    public static Task<Organization[]> GetOwners([Parent] Decision decision, DecisionOwnersDataLoader owners) => owners.LoadAsync(decision.Id);

    [Cost(1)]
    [GraphQLDescription("The people named as answering for the decision, each in one of its owner organizations (those the caller may read).")]
    public static Task<Person[]> GetOwnerPeople([Parent] Decision decision, DecisionOwnerPeopleDataLoader people) => people.LoadAsync(decision.Id);

    [Cost(1)]
    [GraphQLDescription("Who answers for the decision: each owner organization with the person named for it, if any, in the order they were set.")]
    public static Task<DecisionOwner[]> GetOwnerships([Parent] Decision decision, DecisionOwnershipsDataLoader ownerships) =>
        ownerships.LoadAsync(decision.Id);

    [Cost(1)]
    [GraphQLDescription("Every change of the due date (set, extended, taken away), oldest first, with its reason.")]
    public static Task<DecisionDueDateChange[]> GetDueDateChanges([Parent] Decision decision, DecisionDueDateChangesDataLoader changes) =>
        changes.LoadAsync(decision.Id);

    [Cost(1)]
    [GraphQLDescription("The progress log: dated notes by who wrote them, oldest first.")]
    public static Task<DecisionNote[]> GetNotes([Parent] Decision decision, DecisionNotesDataLoader notes) => notes.LoadAsync(decision.Id);

    [Cost(1)]
    [GraphQLDescription("Working groups the decision formed (the caller may read).")]
    public static Task<WorkingGroup[]> GetWorkingGroups([Parent] Decision decision, DecisionWorkingGroupsDataLoader groups) => groups.LoadAsync(decision.Id);
}

[ExtendObjectType(typeof(DecisionNote))]
public static class DecisionNoteExtensions
{
    [Cost(0)]
    [GraphQLDescription("The note's date in the Solar Hijri calendar (1403/09/30).")]
    [ProjectionRequires(nameof(DecisionNote.NotedOn))]
    public static string GetNotedOnJalali([Parent] DecisionNote note) => JalaliDate.FromDate(note.NotedOn).ToString();
}
