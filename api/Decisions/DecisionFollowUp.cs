using System.Linq.Expressions;
using Hamahang.Api.Domain;
using Hamahang.Api.Text;

namespace Hamahang.Api.Decisions;

/// <summary>
/// The rules of following a decision up, as predicates the database applies: a decision is closed when done or
/// cancelled; it is overdue when it is not closed and its due date is before today in Tehran; an organization owns
/// it through itself or its departments, a person through an owner row naming them.
/// </summary>
public static class DecisionFollowUp
{
    /// <summary>Today's date in Tehran, by the host's clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(Jalali.ToTehranTime(clock.GetUtcNow()));
    }

    public static bool IsClosed(DecisionStatus? status) => status is DecisionStatus.Done or DecisionStatus.Cancelled;

    public static bool IsOverdue(Decision decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.DueDate is { } due && due < today && !IsClosed(decision.Status);
    }

    public static Expression<Func<Decision, bool>> Overdue(DateOnly today) =>
        d => d.DueDate != null && d.DueDate < today
            && (d.Status == null || (d.Status != DecisionStatus.Done && d.Status != DecisionStatus.Cancelled));

    public static Expression<Func<Decision, bool>> NotOverdue(DateOnly today) =>
        d => d.DueDate == null || d.DueDate >= today || d.Status == DecisionStatus.Done || d.Status == DecisionStatus.Cancelled;

    /// <summary>Not done or cancelled (a status the source did not state counts as still open).</summary>
    public static Expression<Func<Decision, bool>> Open() =>
        d => d.Status == null || (d.Status != DecisionStatus.Done && d.Status != DecisionStatus.Cancelled);

    public static Expression<Func<Decision, bool>> OwnedBy(int organization) =>
        d => d.Owners.Any(o => o.OrganizationId == organization || (o.Organization != null && o.Organization.ParentId == organization));

    public static Expression<Func<Decision, bool>> InDistrict(int district) =>
        d => d.Meeting!.Districts.Any(md => md.DistrictId == district);

    /// <summary>Whether a caller acting for <paramref name="organization"/> (or as <paramref name="person"/>) reports for one of the decision's
    /// owners.</summary>
    public static bool IsOwner(Decision decision, int? organization, int? person)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Owners.Any(o => (organization is { } org && (o.OrganizationId == org || o.Organization?.ParentId == org))
            || (person is { } p && o.PersonId == p));
    }
}
