using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>Manages organizations and people: administrators only.</summary>
public sealed class OrganizationCommands(AppDbContext db, ICurrentActor actor, IServiceProvider services) : CommandService(db, actor, services)
{
    private const string Action = "manage organizations and people";

    public async Task<Organization> CreateAsync(CreateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var organization = new Organization
        {
            Name = input.Name.Trim(),
            NameEn = input.NameEn?.Trim(),
            Kind = input.Kind,
            Level = input.Level,
            ParentId = await ReferenceAsync<Organization>(input.ParentId, cancellationToken),
            DistrictId = await ReferenceAsync<District>(input.DistrictId, cancellationToken),
        };
        Db.Organizations.Add(organization);
        await SaveAsync(cancellationToken);
        return organization;
    }

    public async Task<Organization> UpdateAsync(UpdateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var organization = await LoadAsync<Organization>(input.Id, cancellationToken);
        var parent = await ReferenceAsync<Organization>(input.ParentId, cancellationToken);
        var district = await ReferenceAsync<District>(input.DistrictId, cancellationToken);
        if (parent is { } parentKey && await IsDescendantAsync(parentKey, organization.Id, cancellationToken))
        {
            throw new DomainRuleException("An organization cannot sit under one of its own descendants.");
        }

        ExpectVersion(organization, input.Version);
        organization.Name = input.Name.Trim();
        organization.NameEn = input.NameEn?.Trim();
        organization.Kind = input.Kind;
        organization.Level = input.Level;
        organization.ParentId = parent;
        organization.DistrictId = district;
        await SaveAsync(cancellationToken);
        return organization;
    }

    public async Task<Person> CreatePersonAsync(CreatePersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var person = new Person
        {
            FullName = input.FullName.Trim(),
            FullNameEn = input.FullNameEn?.Trim(),
            Title = input.Title?.Trim(),
            TitleEn = input.TitleEn?.Trim(),
            OrganizationId = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken),
        };
        Db.People.Add(person);
        await SaveAsync(cancellationToken);
        return person;
    }

    public async Task<Person> UpdatePersonAsync(UpdatePersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await AuthorizeAndValidateAsync(input, Action, null, cancellationToken);
        var person = await LoadAsync<Person>(input.Id, cancellationToken);
        var organization = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken);
        ExpectVersion(person, input.Version);
        person.FullName = input.FullName.Trim();
        person.FullNameEn = input.FullNameEn?.Trim();
        person.Title = input.Title?.Trim();
        person.TitleEn = input.TitleEn?.Trim();
        person.OrganizationId = organization;
        await SaveAsync(cancellationToken);
        return person;
    }

    // Walks up from the would-be parent; the tree is shallow (national → district).
    private async Task<bool> IsDescendantAsync(int candidate, int ancestor, CancellationToken cancellationToken)
    {
        for (int? current = candidate, steps = 0; current is { } key && steps < 64; steps++)
        {
            if (key == ancestor)
            {
                return true;
            }

            current = await Db.Organizations.Where(o => o.Id == key).Select(o => o.ParentId).SingleAsync(cancellationToken);
        }

        return false;
    }
}
