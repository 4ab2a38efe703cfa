using System.Text.Json;
using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>What the mutation tests ask of the host besides GraphQL: ids of seeded records, and row counts before and after.</summary>
internal static class WriteHarness
{
    public const string Errors =
        "errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { type id } ... on ConcurrencyError { version } }";

    public static async Task<T> ReadAsync<T>(this HostFactory factory, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<string> IdAsync<T>(this HostFactory factory, Func<IQueryable<T>, IQueryable<T>> find)
        where T : Domain.Entity =>
        Ids.Of(typeof(T).Name, await factory.ReadAsync(db => find(db.Set<T>()).Select(e => e.Id).FirstAsync()));

    /// <summary>Rows of every table a write touches, and the audit entries.</summary>
    public static Task<(int Rows, int Audit)> CountsAsync(this HostFactory factory) => factory.ReadAsync(async db => (
        await db.Meetings.CountAsync() + await db.AgendaItems.CountAsync() + await db.MeetingAttendees.CountAsync() + await db.Decisions.CountAsync()
            + await db.DecisionOwners.CountAsync() + await db.DecisionDueDateChanges.CountAsync() + await db.DecisionNotes.CountAsync()
            + await db.Minutes.CountAsync() + await db.MinutesSections.CountAsync() + await db.WorkingGroups.CountAsync()
                + await db.WorkingGroupMembers.CountAsync()
            + await db.Inspections.CountAsync() + await db.Findings.CountAsync() + await db.FindingHistory.CountAsync() + await db.Organizations.CountAsync()
            + await db.People.CountAsync() + await db.Sites.CountAsync() + await db.IdempotencyRecords.CountAsync()
            + await db.SiteVisits.CountAsync() + await db.SiteVisitPhotos.CountAsync() + await db.MeetingTags.CountAsync() + await db.Sources.CountAsync()
            + await db.Campaigns.CountAsync() + await db.CampaignPhases.CountAsync() + await db.CampaignServicePoints.CountAsync()
                + await db.CampaignServicePointSites.CountAsync()
            + await db.OrganizationCapacities.CountAsync() + await db.OrganizationServiceAreas.CountAsync(),
        await db.AuditEntries.CountAsync()));

    /// <summary>The payload's errors as (typename, field) pairs, field empty when the error names none.</summary>
    public static List<(string Type, string Field)> PayloadErrors(this GraphQLResponse response, string mutation) =>
        response.At($"{mutation}.errors").ValueKind == JsonValueKind.Null
            ? []
            : [.. response.At($"{mutation}.errors").EnumerateArray()
                .Select(e => (e.GetProperty("__typename").GetString()!, e.TryGetProperty("field", out var f) ? f.GetString()! : ""))];
}
