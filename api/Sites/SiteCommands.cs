using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;

namespace Hamahang.Api.Sites;

/// <summary>Manages the districts' crisis capacity sites: administrators only.</summary>
public sealed class SiteCommands(AppDbContext db, ICurrentActor actor, IServiceProvider services) : CommandService(db, actor, services)
{
    private const string Action = "manage sites";

    public async Task<Site> CreateAsync(CreateSiteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var site = new Site { Name = "" };
        await ApplyAsync(site, input.Name, input.NameEn, input.Kind, input.Capacity, input.DistrictId, input.CityWide, input.OrganizationId, input.Address, input.Latitude, input.Longitude, cancellationToken);
        Db.Sites.Add(site);
        await SaveAsync(cancellationToken);
        return site;
    }

    public async Task<Site> UpdateAsync(UpdateSiteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var site = await LoadAsync<Site>(input.Id, cancellationToken);
        ExpectVersion(site, input.Version);
        await ApplyAsync(site, input.Name, input.NameEn, input.Kind, input.Capacity, input.DistrictId, input.CityWide, input.OrganizationId, input.Address, input.Latitude, input.Longitude, cancellationToken);
        await SaveAsync(cancellationToken);
        return site;
    }

#pragma warning disable CA1502 // one assignment per field of the two inputs
    private async Task ApplyAsync(Site site, string name, string? nameEn, SiteKind kind, int? capacity, string? districtId, bool cityWide, string? organizationId, string? address, double? latitude, double? longitude, CancellationToken cancellationToken)
#pragma warning restore CA1502
    {
        site.DistrictId = await ReferenceAsync<District>(districtId, cancellationToken);
        site.IsCityWide = cityWide;
        site.OrganizationId = await ReferenceAsync<Organization>(organizationId, cancellationToken);
        site.Name = name.Trim();
        site.NameEn = nameEn?.Trim();
        site.Kind = kind;
        site.Capacity = capacity;
        site.Address = address?.Trim();
        site.Latitude = latitude;
        site.Longitude = longitude;
    }
}
