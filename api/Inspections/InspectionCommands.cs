using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Text;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

/// <summary>Schedules, starts and completes inspections: inspectors of the inspecting organization, and administrators.</summary>
public sealed class InspectionCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Inspection> ScheduleAsync(ScheduleInspectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var inspection = new Inspection
        {
            Kind = input.Kind,
            Title = input.Title.Trim(),
            DistrictId = (await ReferenceAsync<District>(input.DistrictId, cancellationToken))!.Value,
            InspectedOrganizationId = await ReferenceAsync<Organization>(input.InspectedOrganizationId, cancellationToken),
            InspectedSiteId = await ReferenceAsync<Site>(input.InspectedSiteId, cancellationToken),
            InspectingOrganizationId = (await ReferenceAsync<Organization>(input.InspectingOrganizationId, cancellationToken))!.Value,
            PlannedAt = PreciseDate.Truncate(input.PlannedAt.UtcDateTime, input.PlannedAtPrecision)!.Value,
            PlannedAtPrecision = input.PlannedAtPrecision,
            PlannedAtFromPublication = input.PlannedAtFromPublication,
            Source = input.Source?.ToSource(),
            Status = InspectionStatus.Planned,
        };
        foreach (var id in input.InspectorIds ?? [])
        {
            inspection.Inspectors.Add(new InspectionInspector { PersonId = (await ReferenceAsync<Person>(id, cancellationToken))!.Value });
        }

        // An inspector schedules for their own organization, or names themselves among the inspectors.
        Caller.RequireAssignedTo(inspection, "schedule an inspection for another organization");
        Db.Inspections.Add(inspection);
        await SaveAsync(cancellationToken);
        return inspection;
    }

    public async Task<Inspection> StartAsync(StartInspectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await MoveAsync(input.Id, input.Version, InspectionStatus.Planned, InspectionStatus.InProgress, "start", input, cancellationToken);
    }

    public async Task<Inspection> CompleteAsync(CompleteInspectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await MoveAsync(input.Id, input.Version, InspectionStatus.InProgress, InspectionStatus.Completed, "complete", input, cancellationToken);
    }

    private async Task<Inspection> MoveAsync<TInput>(int id, long version, InspectionStatus from, InspectionStatus to, string verb, TInput input,
        CancellationToken cancellationToken)
    {
        await ValidateAsync(input, cancellationToken);
        var inspection = await LoadAsync(Db.Inspections.Include(i => i.Inspectors), id, cancellationToken);
        Caller.RequireAssignedTo(inspection, $"{verb} it");
        if (inspection.Status != from)
        {
            throw new DomainRuleException($"Only an inspection that is {from} can {verb}; this one is {inspection.Status}.");
        }

        ExpectVersion(inspection, version);
        inspection.Status = to;
        if (to == InspectionStatus.InProgress)
        {
            inspection.StartedAt = Now;
        }
        else
        {
            inspection.CompletedAt = Now;
        }

        await SaveAsync(cancellationToken);
        return inspection;
    }
}
