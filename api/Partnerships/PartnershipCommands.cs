using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Partnerships;

/// <summary>Records partnerships between organizations (a supporting province and the district it supports): editors and administrators.</summary>
public sealed class PartnershipCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Partnership> RecordAsync(RecordPartnershipInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var partnership = new Partnership();
        await ApplyAsync(partnership, input, cancellationToken);
        foreach (var pair in input.Counterparts ?? [])
        {
            partnership.Counterparts.Add(await CounterpartAsync(pair, cancellationToken));
        }

        Db.Partnerships.Add(partnership);
        await SaveAsync(cancellationToken);
        return partnership;
    }

    public async Task<Partnership> UpdateAsync(UpdatePartnershipInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var partnership = await LoadAsync<Partnership>(input.Id, cancellationToken);
        ExpectVersion(partnership, input.Version);
        await ApplyAsync(partnership, input, cancellationToken);
        await SaveAsync(cancellationToken);
        return partnership;
    }

    public async Task<Partnership> SetCounterpartsAsync(SetPartnershipCounterpartsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var partnership = await LoadAsync(Db.Partnerships.Include(p => p.Counterparts), input.Id, cancellationToken);
        var pairs = new List<PartnershipCounterpart>();
        foreach (var pair in input.Counterparts)
        {
            pairs.Add(await CounterpartAsync(pair, cancellationToken));
        }

        ExpectVersion(partnership, input.Version);
        // Pairs kept stay as they are; the others go, and the new ones come.
        var wanted = pairs.Select(p => (p.OrganizationId, p.CounterpartId)).ToHashSet();
        foreach (var gone in partnership.Counterparts.Where(c => !wanted.Contains((c.OrganizationId, c.CounterpartId))).ToList())
        {
            partnership.Counterparts.Remove(gone);
            Db.Remove(gone);
        }

        var kept = partnership.Counterparts.Select(c => (c.OrganizationId, c.CounterpartId)).ToHashSet();
        partnership.Counterparts.AddRange(pairs.Where(p => !kept.Contains((p.OrganizationId, p.CounterpartId))));
        await SaveAsync(cancellationToken);
        return partnership;
    }

    private async Task<PartnershipCounterpart> CounterpartAsync(PartnershipCounterpartInput pair, CancellationToken cancellationToken) => new()
    {
        OrganizationId = (await ReferenceAsync<Organization>(pair.OrganizationId, cancellationToken))!.Value,
        CounterpartId = (await ReferenceAsync<Organization>(pair.CounterpartId, cancellationToken))!.Value,
    };

    // What recording and updating both set.
    private async Task ApplyAsync(Partnership partnership, PartnershipDetailsInput details, CancellationToken cancellationToken)
    {
        partnership.Kind = details.Kind;
        partnership.OrganizationId = (await ReferenceAsync<Organization>(details.OrganizationId, cancellationToken))!.Value;
        partnership.DistrictId = (await ReferenceAsync<District>(details.DistrictId, cancellationToken))!.Value;
        partnership.SupportedOrganizationId = await ReferenceAsync<Organization>(details.SupportedOrganizationId, cancellationToken);
        partnership.IsLeading = details.IsLeading;
        partnership.StartsOn = details.StartsOn;
        partnership.EndsOn = details.EndsOn;
        partnership.Instruction = details.Instruction?.Trim();
        partnership.Description = details.Description?.Trim();
    }
}
