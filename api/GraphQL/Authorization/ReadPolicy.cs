using System.Linq.Expressions;
using Hamahang.Api.Domain;

namespace Hamahang.Api.GraphQL.Authorization;

/// <summary>
/// Which rows a caller may read, as predicates the database applies (DOMAIN.md, last section), so
/// lists are filtered in their query instead of failing item by item:
/// editors and admins read everything; partners and inspectors read the public records (districts,
/// organizations, people, sites, inspections, non-confidential findings, meetings with published
/// minutes) and the meetings and working groups their organization (or person) took part in;
/// inspectors also read every finding of their own inspections; integrators read published minutes
/// (and the meetings they record).
/// </summary>
public static class ReadPolicy
{
    /// <summary>Districts, organizations (their capacities and service areas), people, sites and campaigns: public to every caller but integrators.</summary>
    public static Expression<Func<T, bool>> Public<T>(Caller caller) =>
        caller.Role is null or ApiKeyRole.Integrator ? _ => false : _ => true;

    public static Expression<Func<Meeting, bool>> Meetings(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ReadsEverything)
        {
            return _ => true;
        }

        if (caller.Role == ApiKeyRole.Integrator)
        {
            return m => m.Minutes.Any(x => x.Status == MinutesStatus.Published);
        }

        if (caller.Role is not (ApiKeyRole.Partner or ApiKeyRole.Inspector))
        {
            return _ => false;
        }

        // Ids are positive: -1 matches nothing where the key is bound to no organization or person.
        var org = caller.OrganizationId ?? -1;
        var person = caller.PersonId ?? -1;
        // An organization takes part through itself or its departments (Qom's governorate through its crisis staff).
        return m => m.Minutes.Any(x => x.Status == MinutesStatus.Published)
            || m.HostOrganizationId == org || (m.HostOrganization != null && m.HostOrganization.ParentId == org)
            || m.Attendees.Any(a => a.OrganizationId == org || (a.Organization != null && a.Organization.ParentId == org)
                || a.PersonId == person || (a.Person != null && a.Person.OrganizationId == org))
            || (m.WorkingGroup != null && (m.WorkingGroup.PartnerOrganizationId == org
                || m.WorkingGroup.Members.Any(w => w.OrganizationId == org || (w.Organization != null && w.Organization.ParentId == org)
                    || w.PersonId == person)));
    }

    public static Expression<Func<WorkingGroup, bool>> WorkingGroups(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ReadsEverything)
        {
            return _ => true;
        }

        if (caller.Role is not (ApiKeyRole.Partner or ApiKeyRole.Inspector))
        {
            return _ => false;
        }

        var org = caller.OrganizationId ?? -1;
        var person = caller.PersonId ?? -1;
        return g => g.PartnerOrganizationId == org || (g.PartnerOrganization != null && g.PartnerOrganization.ParentId == org)
            || g.Members.Any(w => w.OrganizationId == org || (w.Organization != null && w.Organization.ParentId == org) || w.PersonId == person)
            || (g.FormedByDecision != null && g.FormedByDecision.Meeting != null
                && (g.FormedByDecision.Meeting.HostOrganizationId == org
                    || g.FormedByDecision.Meeting.Attendees.Any(a => a.OrganizationId == org || (a.Organization != null && a.Organization.ParentId == org)
                        || a.PersonId == person)));
    }

    public static Expression<Func<Inspection, bool>> Inspections(Caller caller) => Public<Inspection>(caller);

    public static Expression<Func<Finding, bool>> Findings(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ReadsEverything)
        {
            return _ => true;
        }

        if (caller.Role == ApiKeyRole.Inspector)
        {
            var org = caller.OrganizationId ?? -1;
            var person = caller.PersonId ?? -1;
            return f => !f.IsConfidential
                || f.Inspection!.Inspectors.Any(i => i.PersonId == person)
                || f.Inspection.InspectingOrganizationId == org;
        }

        return caller.Role == ApiKeyRole.Partner ? f => !f.IsConfidential : _ => false;
    }

    /// <summary>Published minutes are for every caller; drafts and approved ones for editors and admins.</summary>
    public static Expression<Func<Minutes, bool>> Minutes(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ReadsEverything)
        {
            return _ => true;
        }

        return caller.IsAuthenticated ? m => m.Status == MinutesStatus.Published : _ => false;
    }

    /// <summary>Sources are public: every caller that may read a record may read where its facts come from.</summary>
    public static Expression<Func<Source, bool>> Sources(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuthenticated ? _ => true : _ => false;
    }

    /// <summary>The predicate for <paramref name="entityType"/> (node ids name any of them); null when the type is never readable.</summary>
    public static LambdaExpression? For(Type entityType, Caller caller) => entityType.Name switch
    {
        nameof(District) => Public<District>(caller),
        nameof(Organization) => Public<Organization>(caller),
        nameof(Person) => Public<Person>(caller),
        nameof(Site) => Public<Site>(caller),
        nameof(Partnership) => Public<Partnership>(caller),
        nameof(PartnershipCounterpart) => Public<PartnershipCounterpart>(caller),
        nameof(OrganizationCapacity) => Public<OrganizationCapacity>(caller),
        nameof(OrganizationServiceArea) => Public<OrganizationServiceArea>(caller),
        nameof(Campaign) => Public<Campaign>(caller),
        nameof(CampaignPhase) => Public<CampaignPhase>(caller),
        nameof(CampaignServicePoint) => Public<CampaignServicePoint>(caller),
        nameof(CampaignServicePointSite) => Public<CampaignServicePointSite>(caller),
        nameof(Meeting) => Meetings(caller),
        nameof(MeetingDistrict) => Through((MeetingDistrict x) => x.Meeting!, Meetings(caller)),
        nameof(AgendaItem) => Through((AgendaItem x) => x.Meeting!, Meetings(caller)),
        nameof(MeetingAttendee) => Through((MeetingAttendee x) => x.Meeting!, Meetings(caller)),
        nameof(SiteVisit) => Through((SiteVisit x) => x.Meeting!, Meetings(caller)),
        nameof(SiteVisitPhoto) => Through((SiteVisitPhoto x) => x.SiteVisit!.Meeting!, Meetings(caller)),
        nameof(Source) => Sources(caller),
        nameof(MeetingTag) => Through((MeetingTag x) => x.Meeting!, Meetings(caller)),
        nameof(Decision) => Through((Decision x) => x.Meeting!, Meetings(caller)),
        nameof(DecisionOwner) => Through((DecisionOwner x) => x.Decision!.Meeting!, Meetings(caller)),
        nameof(DecisionDueDateChange) => Through((DecisionDueDateChange x) => x.Decision!.Meeting!, Meetings(caller)),
        nameof(DecisionNote) => Through((DecisionNote x) => x.Decision!.Meeting!, Meetings(caller)),
        nameof(Domain.Minutes) => Minutes(caller),
        nameof(MinutesSection) => Through((MinutesSection x) => x.Minutes!, Minutes(caller)),
        nameof(WorkingGroup) => WorkingGroups(caller),
        nameof(WorkingGroupMember) => Through((WorkingGroupMember x) => x.WorkingGroup!, WorkingGroups(caller)),
        nameof(Inspection) => Inspections(caller),
        nameof(InspectionInspector) => Through((InspectionInspector x) => x.Inspection!, Inspections(caller)),
        nameof(Finding) => Findings(caller),
        nameof(FindingHistoryEntry) => Through((FindingHistoryEntry x) => x.Finding!, Findings(caller)),
        _ => null,
    };

    /// <summary>The predicate for <typeparamref name="T"/>; nothing for a type never readable.</summary>
    public static Expression<Func<T, bool>> Of<T>(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Policy(typeof(T), For) as Expression<Func<T, bool>> ?? (_ => false);
    }

    /// <summary>The predicate of a child row: its parent's, read through <paramref name="parent"/>.</summary>
    public static Expression<Func<TChild, bool>> Through<TChild, TParent>(Expression<Func<TChild, TParent>> parent, Expression<Func<TParent, bool>> predicate)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(predicate);
        var body = new Replace(predicate.Parameters[0], parent.Body).Visit(predicate.Body);
        return Expression.Lambda<Func<TChild, bool>>(body, parent.Parameters);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
