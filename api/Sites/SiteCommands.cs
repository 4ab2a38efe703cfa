using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;

namespace Hamahang.Api.Sites;

/// <summary>Manages the districts' crisis capacity sites: administrators only.</summary>
public sealed class SiteCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Site> CreateAsync(CreateSiteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var site = new Site { Name = "" };
        await ApplyAsync(site, input, cancellationToken);
        Db.Sites.Add(site);
        await SaveAsync(cancellationToken);
        return site;
    }

    public async Task<Site> UpdateAsync(UpdateSiteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var site = await LoadAsync<Site>(input.Id, cancellationToken);
        ExpectVersion(site, input.Version);
        await ApplyAsync(site, input, cancellationToken);
        await SaveAsync(cancellationToken);
        return site;
    }

    // What creating and updating both set.
    private async Task ApplyAsync(Site site, SiteDetailsInput input, CancellationToken cancellationToken)
    {
        site.DistrictId = await ReferenceAsync<District>(input.DistrictId, cancellationToken);
        site.IsCityWide = input.CityWide;
        site.OrganizationId = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken);
        site.Name = input.Name.Trim();
        site.NameEn = input.NameEn?.Trim();
        site.Kind = input.Kind;
        site.Capacity = input.Capacity;
        site.Address = input.Address?.Trim();
        site.Latitude = input.Latitude;
        site.Longitude = input.Longitude;
    }
}
