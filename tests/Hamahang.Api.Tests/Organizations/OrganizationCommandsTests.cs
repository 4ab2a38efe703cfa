using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Organizations;
using Hamahang.Api.Sites;
using Hamahang.Api.Tests.Commands;

namespace Hamahang.Api.Tests.Organizations;

public sealed class OrganizationCommandsTests : IDisposable
{
    private readonly CommandHarness harness = new();

    [Fact]
    public async Task AdministratorsManageOrganizationsPeopleAndSites()
    {
        var input = new CreateOrganizationInput { Name = "مؤسسه خیریه نمونه", Kind = OrganizationKind.Charity, Level = OrganizationLevel.County };
        var created = await harness.As<OrganizationCommands, Organization>(CommandHarness.Admin, c => c.CreateAsync(input, default));

        var person = await harness.As<OrganizationCommands,
            Person>(CommandHarness.Admin, c => c.CreatePersonAsync(new() { FullName = "داوود خادم", OrganizationId = created.Id },
            default));
        Assert.Equal(created.Id, person.OrganizationId);

        var district = harness.Read(db => db.Districts.Single(d => d.Number == 20).Id);
        var site = await harness.As<SiteCommands,
            Site>(CommandHarness.Admin,
            c => c.CreateAsync(new() { Name = "بوستان اندیشه", Kind = SiteKind.EmergencyShelter, DistrictId = district, Capacity = 500 }, default));
        var moved = await harness.As<SiteCommands,
            Site>(CommandHarness.Admin,
            c =>
            c.UpdateAsync(new() { Id = site.Id, Version = 1, Name = "بوستان اندیشه", Kind = SiteKind.EmergencyShelter,
            DistrictId = district, Capacity = 800 }, default));
        Assert.Equal((800, 2L), (moved.Capacity, moved.Version));
    }

    [Fact]
    public async Task AnOrganizationCannotMoveUnderItsOwnChild()
    {
        var parent = await harness.As<OrganizationCommands,
            Organization>(CommandHarness.Admin,
            c => c.CreateAsync(new() { Name = "ستاد", Kind = OrganizationKind.Headquarters, Level = OrganizationLevel.City }, default));
        var parentId = parent.Id;
        var child = await harness.As<OrganizationCommands,
            Organization>(CommandHarness.Admin,
            c => c.CreateAsync(new() { Name = "اداره", Kind = OrganizationKind.Department, Level = OrganizationLevel.City, ParentId = parentId }, default));

        await Assert.ThrowsAsync<DomainRuleException>(() => harness.As<OrganizationCommands, Organization>(CommandHarness.Admin, c => c.UpdateAsync(
            new() { Id = parentId, Version = 1, Name = "ستاد", Kind = OrganizationKind.Headquarters, Level = OrganizationLevel.City,
                ParentId = child.Id }, default)));
    }

    public void Dispose() => harness.Dispose();
}
