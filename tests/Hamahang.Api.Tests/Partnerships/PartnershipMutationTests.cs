using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Partnerships;

/// <summary>Recording partnerships over HTTP, as editors, admins, partners, inspectors and integrators would.</summary>
public sealed class PartnershipMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Record = $$"""
        mutation Record($input: RecordPartnershipInput!) {
          recordPartnership(input: $input) { partnership { id version kind isLeading startsOn endsOn instruction organization { nameEn }
            supportedOrganization { nameEn } counterparts { organization { nameEn } counterpart { nameEn } } } {{WriteHarness.Errors}} }
        }
        """;

    private const string Update = $$"""
        mutation Update($input: UpdatePartnershipInput!) {
          updatePartnership(input: $input) { partnership { version isLeading endsOn instruction } {{WriteHarness.Errors}} }
        }
        """;

    private const string Counterparts = $$"""
        mutation Counterparts($input: SetPartnershipCounterpartsInput!) {
          setPartnershipCounterparts(input: $input) { partnership { version counterparts { organization { nameEn } counterpart {
            nameEn } } } {{WriteHarness.Errors}} }
        }
        """;

    private Task<string> OrgAsync(string nameEn) => factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == nameEn));

    private async Task<object> InputAsync(string? endsOn = null) => new
    {
        kind = "SUPPORTING_PROVINCE",
        organizationId = await OrgAsync("Tehran Governorate"),
        districtId = await factory.IdAsync<District>(q => q.Where(d => d.Number == 19)),
        supportedOrganizationId = await OrgAsync("District 19 Municipality"),
        isLeading = false,
        startsOn = "2024-03-20",
        endsOn,
        instruction = "دستورالعمل نمونه",
    };

    private Task<int> AuditAsync(string id) => factory.ReadAsync(db =>
    {
        var key = Keys.Of(id, nameof(Partnership)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.CountAsync(a => a.EntityType == nameof(Partnership) && a.EntityKey == key);
    });

    [Fact]
    public async Task AnEditorRecordsUpdatesAndSetsCounterpartsEachChangeAuditedOnce()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var crisis = await OrgAsync("Crisis Management Directorate-General, Qom Governorate");
        var office = await OrgAsync("District 20 Crisis Management and Passive Defense Office");
        var recorded = await factory.PostAsync(Record, editor, new { input = await InputAsync("2025-03-20") });
        Assert.Empty(recorded.PayloadErrors("recordPartnership"));
        var id = recorded.At("recordPartnership.partnership.id").GetString()!;
        Assert.Equal("District 19 Municipality", recorded.At("recordPartnership.partnership.supportedOrganization.nameEn").GetString());
        Assert.Equal("2024-03-20", recorded.At("recordPartnership.partnership.startsOn").GetString());
        Assert.Equal(1, await AuditAsync(id));

        var updated = await factory.PostAsync(Update, editor, new
        {
            input = new { id, version = 1, kind = "SUPPORTING_PROVINCE", organizationId = await OrgAsync("Tehran Governorate"),
                districtId = await factory.IdAsync<District>(q => q.Where(d => d.Number == 19)), isLeading = true, endsOn = "2026-03-20",
                instruction = "دستورالعمل وزارت کشور" },
        });
        Assert.Empty(updated.PayloadErrors("updatePartnership"));
        Assert.Equal((2L, true, "2026-03-20"),
            (updated.At("updatePartnership.partnership.version").GetInt64(), updated.At("updatePartnership.partnership.isLeading").GetBoolean(),
            updated.At("updatePartnership.partnership.endsOn").GetString()));
        Assert.Equal(2, await AuditAsync(id));

        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var set = await factory.PostAsync(Counterparts, admin,
            new { input = new { id, version = 2, counterparts = new[] { new { organizationId = crisis, counterpartId = office } } } });
        Assert.Empty(set.PayloadErrors("setPartnershipCounterparts"));
        var pair = set.At("setPartnershipCounterparts.partnership.counterparts")[0];
        Assert.Equal(("Crisis Management Directorate-General, Qom Governorate", "District 20 Crisis Management and Passive Defense Office"),
            (pair.GetProperty("organization").GetProperty("nameEn").GetString(), pair.GetProperty("counterpart").GetProperty("nameEn").GetString()));
        Assert.Equal(3L, set.At("setPartnershipCounterparts.partnership.version").GetInt64());
        Assert.Equal(3, await AuditAsync(id));

        // The version the client saw moved: refused, nothing written.
        var counts = await factory.CountsAsync();
        var stale = await factory.PostAsync(Counterparts, editor, new { input = new { id, version = 2, counterparts = Array.Empty<object>() } });
        Assert.Equal([("ConcurrencyError", "")], stale.PayloadErrors("setPartnershipCounterparts"));
        var staleUpdate = await factory.PostAsync(Update, editor,
            new { input = new { id, version = 1, kind = "OTHER", isLeading = false, organizationId = crisis,
            districtId = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20)) } });
        Assert.Equal([("ConcurrencyError", "")], staleUpdate.PayloadErrors("updatePartnership"));
        Assert.Equal(counts, await factory.CountsAsync());

        var cleared = await factory.PostAsync(Counterparts, editor, new { input = new { id, version = 3, counterparts = Array.Empty<object>() } });
        Assert.Equal(0, cleared.At("setPartnershipCounterparts.partnership.counterparts").GetArrayLength());
        Assert.Equal(4, await AuditAsync(id));
    }

    [Fact]
    public async Task InvalidInputNamesItsFieldAndWritesNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var office = await OrgAsync("District 20 Crisis Management and Passive Defense Office");
        var counts = await factory.CountsAsync();
        var early = await factory.PostAsync(Record, editor, new { input = await InputAsync("2020-01-01") });
        Assert.Equal([("ValidationError", "endsOn")], early.PayloadErrors("recordPartnership"));
        var tooLong = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", isLeading = false, organizationId = office,
            districtId = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20)), instruction = new string('ا', 5000) } });
        Assert.Equal([("ValidationError", "instruction")], tooLong.PayloadErrors("recordPartnership"));
        var missing = await factory.PostAsync(Record, editor,
            new { input = new { kind = "OTHER", isLeading = false, organizationId = Ids.Of(nameof(Organization), 999_999),
            districtId = await factory.IdAsync<District>(q => q.Where(d => d.Number == 20)) } });
        Assert.Equal([("NotFoundError", "")], missing.PayloadErrors("recordPartnership"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task PartnersInspectorsAndIntegratorsAreRefusedAndNothingIsWritten()
    {
        var id = await factory.IdAsync<Partnership>(q => q.Where(p => p.District!.Number == 20));
        var keys = new[]
        {
            await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "Qom Governorate"),
            await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou"),
            await factory.CreateKeyAsync(ApiKeyRole.Integrator),
        };
        var counts = await factory.CountsAsync();
        foreach (var key in keys)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await factory.PostAsync(Record, key, new { input = await InputAsync() })).ErrorCodes);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"],
                (await factory.PostAsync(Counterparts, key, new { input = new { id, version = 1, counterparts = Array.Empty<object>() } })).ErrorCodes);
        }

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], (await factory.PostAsync(Record, null, new { input = await InputAsync() })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
    }
}
