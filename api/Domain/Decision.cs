using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>
/// An outcome of a meeting, recorded as what it is: a resolution (مصوبه, «مقرر شد»), a commitment (تعهد), a
/// directive to someone (دستور) or an emphasis («تأکید شد»). It is followed up until done or cancelled: owners,
/// a due date that moves only with a reason, a status and a progress log. What the source does not state
/// (status, owners, due date) stays null.
/// </summary>
public class Decision : Entity
{
    [ID(nameof(Meeting))]
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    public int Position { get; set; }

    public OutcomeKind Kind { get; set; }

    [NormalizedSearch("TextNormalized", typeof(PersianNormalizer))]
    public required string Text { get; set; }

    public DateOnly? DueDate { get; set; }

    // Null when the source does not say.
    public DecisionStatus? Status { get; set; }

    [ID(nameof(Source))]
    public int? SourceId { get; set; }

    [Reference]
    public Source? Source { get; set; }

    [GraphQLIgnore]
    public List<DecisionOwner> Owners { get; } = [];

    [GraphQLIgnore]
    public List<DecisionDueDateChange> DueDateChanges { get; } = [];

    [GraphQLIgnore]
    public List<DecisionNote> Notes { get; } = [];

    [GraphQLIgnore]
    public List<WorkingGroup> WorkingGroups { get; } = [];
}

public enum DecisionStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>What kind of outcome a meeting's record holds.</summary>
public enum OutcomeKind
{
    Decision,
    Commitment,
    Directive,
    Emphasis,
}

/// <summary>An organization responsible for carrying out a decision, and optionally the person in it who answers for it.</summary>
public class DecisionOwner : Entity
{
    [ID(nameof(Decision))]
    public int DecisionId { get; set; }

    [Reference]
    public Decision? Decision { get; set; }

    [ID(nameof(Organization))]
    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    [ID(nameof(Person))]
    public int? PersonId { get; set; }

    [Reference]
    public Person? Person { get; set; }
}

/// <summary>A change of a decision's due date: from what, to what, why and by whom (its history is kept).</summary>
public class DecisionDueDateChange : Entity
{
    [ID(nameof(Decision))]
    public int DecisionId { get; set; }

    [Reference]
    public Decision? Decision { get; set; }

    public DateOnly? PreviousDueDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Reason { get; set; }

    // The caller, as the audit trail names it (role and key).
    public required string Actor { get; set; }
}

/// <summary>A dated note of progress on a decision, by who wrote it.</summary>
public class DecisionNote : Entity
{
    [ID(nameof(Decision))]
    public int DecisionId { get; set; }

    [Reference]
    public Decision? Decision { get; set; }

    public required string Text { get; set; }

    // The day the progress is reported for (Tehran), today unless the writer says otherwise.
    public DateOnly NotedOn { get; set; }

    public required string Author { get; set; }

    [ID(nameof(Organization))]
    public int? AuthorOrganizationId { get; set; }

    [Reference]
    public Organization? AuthorOrganization { get; set; }

    [ID(nameof(Person))]
    public int? AuthorPersonId { get; set; }

    [Reference]
    public Person? AuthorPerson { get; set; }
}
