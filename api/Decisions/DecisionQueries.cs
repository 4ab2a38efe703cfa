using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Decisions;

[QueryType]
public static class DecisionQueries
{
    /// <summary>
    /// The follow-up list: decisions and other outcomes of the meetings the caller may read, across meetings. The
    /// arguments beside <c>where</c> ask what the record's own fields cannot: <paramref name="overdue"/> (past due, not
    /// done or cancelled, by today's date in Tehran), <paramref name="open"/> (not done or cancelled),
    /// <paramref name="ownerOrganizationId"/> (owned by the organization or one of its departments) and
    /// <paramref name="districtNumber"/> (of a meeting concerning that district).
    /// </summary>
    [GraphQLDescription("The follow-up list: decisions and other outcomes of the meetings the caller may read. Beside where: overdue (past due, not done or " +
        "cancelled, by today in Tehran), open (not done or cancelled; no stated status counts as open), ownerOrganizationId (owned by it or one of its " +
        "departments), districtNumber (of a meeting concerning that district).")]
    [Authorize]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Decision> GetDecisions(
        AppDbContext db,
        Caller caller,
        TimeProvider clock,
        bool? overdue,
        bool? open,
        [ID(nameof(Organization))] int? ownerOrganizationId,
        int? districtNumber)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Decisions.AsNoTracking().Where(ReadPolicy.Of<Decision>(caller));
        if (ownerOrganizationId is { } organization)
        {
            query = query.Where(DecisionFollowUp.OwnedBy(organization));
        }

        if (districtNumber is { } number)
        {
            if (number is < 1 or > 22)
            {
                throw ArgumentErrors.Invalid("districtNumber is the number of one of Tehran's 22 districts (1 to 22).");
            }

            query = query.Where(d => d.Meeting!.Districts.Any(md => md.District!.Number == number));
        }

        return query.Filter(DecisionFollowUp.Today(clock), overdue, open, status: null, kind: null);
    }

    /// <summary>The follow-up arguments both decision lists take (the top-level one and a meeting's).</summary>
    internal static IQueryable<Decision> Filter(this IQueryable<Decision> query, DateOnly today, bool? overdue, bool? open, DecisionStatus? status,
        OutcomeKind? kind)
    {
        if (overdue is { } late)
        {
            query = query.Where(late ? DecisionFollowUp.Overdue(today) : DecisionFollowUp.NotOverdue(today));
        }

        if (open is { } isOpen)
        {
            query = isOpen ? query.Where(DecisionFollowUp.Open()) : query.Where(d => d.Status == DecisionStatus.Done || d.Status == DecisionStatus.Cancelled);
        }

        if (status is { } only)
        {
            query = query.Where(d => d.Status == only);
        }

        return kind is { } k ? query.Where(d => d.Kind == k) : query;
    }
}
