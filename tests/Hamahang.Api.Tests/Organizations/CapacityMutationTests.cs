using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Organizations;

/// <summary>Setting what organizations can bring in a crisis and the districts they serve, over HTTP, as each role would.</summary>
public sealed class CapacityMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Capacities = $$"""
        mutation Capacities($input: SetOrganizationCapacitiesInput!) {
          setOrganizationCapacities(input: $input) { organization { version capacities { kind description quantity contact } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Areas = $$"""
        mutation Areas($input: SetOrganizationServiceAreasInput!) {
          setOrganizationServiceAreas(input: $input) { organization { version serviceAreas { number } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Volunteers = """
        { organizations(capacity: VOLUNTEERS, servesDistrictNumber: 20, where: { kind: { eq: CHARITY } }) { nodes { nameEn capacities { kind quantity } } } }
        """;

    private Task<string> OrgAsync(string nameEn) => factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == nameEn));

    private Task<long> VersionAsync(string nameEn) => factory.ReadAsync(db => db.Organizations.Where(o => o.NameEn == nameEn).Select(o => o.Version)
        .FirstAsync());

    private Task<int> AuditAsync(string type) => factory.ReadAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == type));

    [Fact]
    public async Task AnEditorRecordsVolunteersOfTheReyCharitiesAndTheQuestionFindsThem()
    {
        const string Charities = "Charities active in Rey County";
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office");
        Assert.Equal(0, (await factory.PostAsync(Volunteers, partner)).At("organizations.nodes").GetArrayLength());

        var id = await OrgAsync(Charities);
        var version = await VersionAsync(Charities);
        var before = await AuditAsync(nameof(OrganizationCapacity));
        var set = await factory.PostAsync(Capacities, editor, new
        {
            input = new
            {
                organizationId = id,
                version,
                capacities = new object[]
                {
                    new { kind = "SOCIAL_SUPPORT", description = "خدمت‌رسانی به اقشار آسیب‌پذیر" },
                    new { kind = "VOLUNTEERS", quantity = 40, contact = "۰۲۱-۵۵۰۰۰۰۰۰" },
                },
            },
        });
        Assert.Empty(set.PayloadErrors("setOrganizationCapacities"));
        Assert.Equal(version + 1, set.At("setOrganizationCapacities.organization.version").GetInt64());
        // The unchanged capacity is not rewritten: one audit entry, for the new one.
        Assert.Equal(before + 1, await AuditAsync(nameof(OrganizationCapacity)));

        var found = Assert.Single((await factory.PostAsync(Volunteers, partner)).At("organizations.nodes").EnumerateArray());
        Assert.Equal(Charities, found.GetProperty("nameEn").GetString());
        Assert.Contains(found.GetProperty("capacities").EnumerateArray(), c => c.GetProperty("kind").GetString() == "VOLUNTEERS" && c.GetProperty("quantity")
            .GetInt32() == 40);

        // Stale: refused, nothing written.
        var counts = await factory.CountsAsync();
        Assert.Equal([("ConcurrencyError", "")],
            (await factory.PostAsync(Capacities, editor, new { input = new { organizationId = id, version, capacities = Array.Empty<object>() } }))
            .PayloadErrors("setOrganizationCapacities"));
        Assert.Equal(counts, await factory.CountsAsync());

        // Taken away again: the question no longer finds them.
        var cleared = await factory.PostAsync(Capacities, editor,
            new { input = new { organizationId = id, version = version + 1, capacities = Array.Empty<object>() } });
        Assert.Equal(0, cleared.At("setOrganizationCapacities.organization.capacities").GetArrayLength());
        Assert.Equal(before + 3, await AuditAsync(nameof(OrganizationCapacity)));
        Assert.Equal(0, (await factory.PostAsync(Volunteers, partner)).At("organizations.nodes").GetArrayLength());
    }

    [Fact]
    public async Task AnAdminLinksReysWelfareOfficeToTheDistrictsItServesReachableFromTheDistrict()
    {
        const string Welfare = "Rey County Welfare Office";
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var id = await OrgAsync(Welfare);
        var version = await VersionAsync(Welfare);
        var (d19, d20) = (await factory.IdAsync<District>(q => q.Where(d => d.Number == 19)),
            await factory.IdAsync<District>(q => q.Where(d => d.Number == 20)));
        var before = await AuditAsync(nameof(OrganizationServiceArea));
        var set = await factory.PostAsync(Areas, admin, new { input = new { organizationId = id, version, districtIds = new[] { d20, d19 } } });
        Assert.Empty(set.PayloadErrors("setOrganizationServiceAreas"));
        Assert.Equal([19, 20], set.At("setOrganizationServiceAreas.organization.serviceAreas").EnumerateArray()
            .Select(d => d.GetProperty("number").GetInt32()));
        // District 20 was served already (the seed): one entry, for District 19.
        Assert.Equal(before + 1, await AuditAsync(nameof(OrganizationServiceArea)));

        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var district = await factory.PostAsync("{ district(number: 19) { servedBy { nameEn level } } }", editor);
        Assert.False(district.HasErrors, district.ToString());
        Assert.Contains(district.At("district.servedBy").EnumerateArray(), o => o.GetProperty("nameEn").GetString() == Welfare && o.GetProperty("level")
            .GetString() == "COUNTY");
    }

    [Fact]
    public async Task InvalidInputNamesItsFieldAndWritesNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var id = await OrgAsync("Rey County Welfare Office");
        var counts = await factory.CountsAsync();
        Assert.Equal([("ValidationError", "capacities")],
            (await factory.PostAsync(Capacities, editor,
                new { input = new { organizationId = id, version = 1, capacities = new[] { new { kind = "EQUIPMENT" }, new { kind = "EQUIPMENT" } } } }))
                .PayloadErrors("setOrganizationCapacities"));
        Assert.Equal([("ValidationError", "capacities[0].quantity"), ("ValidationError", "capacities[0].contact")],
            (await factory.PostAsync(Capacities, editor,
                new { input = new { organizationId = id, version = 1, capacities = new[] { new { kind = "EQUIPMENT", quantity = -1, contact = " " } } } }))
                .PayloadErrors("setOrganizationCapacities"));
        // An organization's id where a district's belongs is refused while the input is read, as HotChocolate does.
        Assert.Equal(["BAD_USER_INPUT"],
            (await factory.PostAsync(Areas, editor, new { input = new { organizationId = id, version = 1, districtIds = new[] { id } } })).ErrorCodes);
        Assert.Equal([("NotFoundError", "")],
            (await factory.PostAsync(Areas, editor,
                new { input = new { organizationId = id, version = 1, districtIds = new[] { Ids.Of(nameof(District), 999) } } }))
                .PayloadErrors("setOrganizationServiceAreas"));
        Assert.Equal(counts, await factory.CountsAsync());

        // A question about a district that does not exist is an error with a code, not an empty answer.
        Assert.Equal(["INVALID_ARGUMENT"], (await factory.PostAsync("{ organizations(servesDistrictNumber: 23) { nodes { name } } }", editor)).ErrorCodes);
    }

    [Fact]
    public async Task PartnersInspectorsAndIntegratorsAreRefusedAndNothingIsWritten()
    {
        var id = await OrgAsync("Rey County Welfare Office");
        var keys = new[]
        {
            await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Rey County Welfare Office"),
            await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou"),
            await factory.CreateKeyAsync(ApiKeyRole.Integrator),
        };
        var counts = await factory.CountsAsync();
        foreach (var key in keys)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Capacities, key, new { input = new { organizationId = id, version = 1, capacities = Array.Empty<object>() } }))
                .ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Areas, key, new { input = new { organizationId = id, version = 1, districtIds = Array.Empty<string>() } }))
                .ErrorCodes);
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"],
            (await factory.PostAsync(Areas, null, new { input = new { organizationId = id, version = 1, districtIds = Array.Empty<string>() } })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
    }
}
