using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Organizations;

/// <summary>Manages organizations and people: administrators only.</summary>
public sealed class OrganizationCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public async Task<Organization> CreateAsync(CreateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var organization = new Organization { Name = "" };
        await ApplyAsync(organization, input, cancellationToken);
        Db.Organizations.Add(organization);
        await SaveAsync(cancellationToken);
        return organization;
    }

    public async Task<Organization> UpdateAsync(UpdateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var organization = await LoadAsync<Organization>(input.Id, cancellationToken);
        await ApplyAsync(organization, input, cancellationToken);
        if (organization.ParentId is { } parent && await IsDescendantAsync(parent, organization.Id, cancellationToken))
        {
            throw new DomainRuleException("An organization cannot sit under one of its own descendants.");
        }

        ExpectVersion(organization, input.Version);
        await SaveAsync(cancellationToken);
        return organization;
    }

    public async Task<Person> CreatePersonAsync(CreatePersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var person = new Person { FullName = "" };
        await ApplyAsync(person, input, cancellationToken);
        Db.People.Add(person);
        await SaveAsync(cancellationToken);
        return person;
    }

    public async Task<Person> UpdatePersonAsync(UpdatePersonInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var person = await LoadAsync<Person>(input.Id, cancellationToken);
        await ApplyAsync(person, input, cancellationToken);
        ExpectVersion(person, input.Version);
        await SaveAsync(cancellationToken);
        return person;
    }

    // What creating and updating an organization both set (the records the input names first: NotFoundError).
    private async Task ApplyAsync(Organization organization, OrganizationDetailsInput input, CancellationToken cancellationToken)
    {
        var parent = await ReferenceAsync<Organization>(input.ParentId, cancellationToken);
        var district = await ReferenceAsync<District>(input.DistrictId, cancellationToken);
        organization.Name = input.Name.Trim();
        organization.NameEn = input.NameEn?.Trim();
        organization.Kind = input.Kind;
        organization.Level = input.Level;
        organization.ParentId = parent;
        organization.DistrictId = district;
    }

    // What creating and updating a person both set.
    private async Task ApplyAsync(Person person, PersonDetailsInput input, CancellationToken cancellationToken)
    {
        person.OrganizationId = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken);
        person.FullName = input.FullName.Trim();
        person.FullNameEn = input.FullNameEn?.Trim();
        person.Title = input.Title?.Trim();
        person.TitleEn = input.TitleEn?.Trim();
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
