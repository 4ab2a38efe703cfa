using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>
/// Records what organizations can bring in a crisis and the districts they serve: editors (a secretariat records
/// what a meeting such as Rey's with the charities found) and administrators.
/// </summary>
public sealed class CapacityCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Organization> SetCapacitiesAsync(SetOrganizationCapacitiesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var organization = await LoadAsync(Db.Organizations.Include(o => o.Capacities), input.OrganizationId, cancellationToken);
        ExpectVersion(organization, input.Version);
        // Kinds kept are edited in place; the others go, and the new ones come.
        var kinds = input.Capacities.Select(c => c.Kind).ToHashSet();
        foreach (var gone in organization.Capacities.Where(c => !kinds.Contains(c.Kind)).ToList())
        {
            organization.Capacities.Remove(gone);
            Db.Remove(gone);
        }

        foreach (var given in input.Capacities)
        {
            var capacity = organization.Capacities.FirstOrDefault(c => c.Kind == given.Kind);
            if (capacity is null)
            {
                capacity = new OrganizationCapacity { Kind = given.Kind };
                organization.Capacities.Add(capacity);
            }

            capacity.Description = given.Description?.Trim();
            capacity.Quantity = given.Quantity;
            capacity.Contact = given.Contact?.Trim();
        }

        await SaveAsync(cancellationToken);
        return organization;
    }

    public async Task<Organization> SetServiceAreasAsync(SetOrganizationServiceAreasInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var organization = await LoadAsync(Db.Organizations.Include(o => o.ServiceAreas), input.OrganizationId, cancellationToken);
        var districts = new List<int>();
        foreach (var id in input.DistrictIds)
        {
            districts.Add((await ReferenceAsync<District>(id, cancellationToken))!.Value);
        }

        ExpectVersion(organization, input.Version);
        foreach (var gone in organization.ServiceAreas.Where(a => !districts.Contains(a.DistrictId)).ToList())
        {
            organization.ServiceAreas.Remove(gone);
            Db.Remove(gone);
        }

        organization.ServiceAreas.AddRange(districts.Where(d => !organization.ServiceAreas.Any(a => a.DistrictId == d))
            .Select(d => new OrganizationServiceArea { DistrictId = d }));
        await SaveAsync(cancellationToken);
        return organization;
    }
}
