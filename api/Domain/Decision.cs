using Hamahang.Api.GraphQL;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Domain;

/// <summary>A resolution of a meeting (مصوبه, «مقرر شد»), owned by organizations, due by a date.</summary>
public class Decision : Entity
{
    public int MeetingId { get; set; }

    [Reference]
    public Meeting? Meeting { get; set; }

    public int Position { get; set; }

    [NormalizedSearch("TextNormalized", typeof(PersianNormalizer))]
    public required string Text { get; set; }

    public DateOnly? DueDate { get; set; }

    public DecisionStatus Status { get; set; }

    public int? SourceId { get; set; }

    [Reference]
    public Source? Source { get; set; }

    [GraphQLIgnore]
    public List<DecisionOwner> Owners { get; } = [];

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

/// <summary>An organization responsible for carrying out a decision.</summary>
public class DecisionOwner : Entity
{
    public int DecisionId { get; set; }

    [Reference]
    public Decision? Decision { get; set; }

    public int OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }
}
