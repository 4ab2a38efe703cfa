using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Inspections;

/// <summary>Filing and following findings over HTTP, as inspectors, partners and editors would.</summary>
public sealed class FindingMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Unannounced = "نظارت سرزده شبکه ناظرین مردمی بر مراکز خدمات شهری منطقه ۱۹";

    private const string FileFinding = $$"""
        mutation File($input: FileFindingInput!) {
          fileFinding(input: $input) { finding { id title status version isConfidential } {{WriteHarness.Errors}} }
        }
        """;

    private async Task<Dictionary<string, object?>> InputAsync(string? key, string title = "پسماند رهاشده در بوستان") => new()
    {
        ["inspectionId"] = await factory.IdAsync<Inspection>(q => q.Where(i => i.Title == Unannounced)),
        ["category"] = "PROBLEM",
        ["severity"] = "MEDIUM",
        ["channel"] = "FIELD",
        ["title"] = title,
        ["idempotencyKey"] = key,
    };

    [Fact]
    public async Task AnInspectorRetryingWithTheSameKeyGetsTheSameFindingNotTwo()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var input = await InputAsync("retry-" + Guid.NewGuid());
        var first = await factory.PostAsync(FileFinding, key, new { input });
        var counts = await factory.CountsAsync();
        var second = await factory.PostAsync(FileFinding, key, new { input });

        Assert.False(first.HasErrors, first.ToString());
        Assert.Empty(first.PayloadErrors("fileFinding"));
        Assert.Equal("FILED", first.At("fileFinding.finding.status").GetString());
        Assert.Equal(first.At("fileFinding.finding.id").GetString(), second.At("fileFinding.finding.id").GetString());
        Assert.Equal(counts, await factory.CountsAsync());
        Assert.Equal(1, await factory.ReadAsync(db => db.Findings.CountAsync(f => f.Title == "پسماند رهاشده در بوستان")));
    }

    [Fact]
    public async Task InvalidInputComesBackAsValidationErrorsNamingTheFieldsAndWritesNothing()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var input = await InputAsync(new string('k', 200), title: "   ");
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(FileFinding, key, new { input });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("fileFinding.finding").ValueKind);
        Assert.Equal([("ValidationError", "idempotencyKey"), ("ValidationError", "title")], response.PayloadErrors("fileFinding").Order().ToList());

        // A malformed id is refused while the input is read, as HotChocolate does.
        input = await InputAsync(null);
        input["responsibleOrganizationId"] = "not-an-id";
        Assert.Equal(["BAD_USER_INPUT"], (await factory.PostAsync(FileFinding, key, new { input })).ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task AnUnknownInspectionIsANotFoundError()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var input = await InputAsync(null);
        input["inspectionId"] = Hamahang.Api.Commands.Ids.Of(nameof(Inspection), 99_999);
        var response = await factory.PostAsync(FileFinding, key, new { input });
        Assert.Equal([("NotFoundError", "")], response.PayloadErrors("fileFinding"));
    }

    [Fact]
    public async Task APartnerOrAnEditorCannotFileAFindingAndNothingIsWritten()
    {
        var counts = await factory.CountsAsync();
        foreach (var role in new[] { ApiKeyRole.Partner, ApiKeyRole.Editor, ApiKeyRole.Integrator })
        {
            var key = await factory.CreateKeyAsync(role, organization: role == ApiKeyRole.Partner ? "Qom Governorate" : null);
            var response = await factory.PostAsync(FileFinding, key, new { input = await InputAsync(null) });
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        }

        var anonymous = await factory.PostAsync(FileFinding, null, new { input = await InputAsync(null) });
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(counts.Rows, (await factory.CountsAsync()).Rows);
    }

    [Fact]
    public async Task AnInspectorNotAssignedToTheInspectionGetsNotAuthorizedErrorInThePayload()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Touraj Farhadi");
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(FileFinding, key, new { input = await InputAsync(null) });
        Assert.Equal([("NotAuthorizedError", "")], response.PayloadErrors("fileFinding"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    [Fact]
    public async Task StatusChangesAndDismissalAreKeptInTheHistory()
    {
        var key = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var filed = await factory.PostAsync(FileFinding, key, new { input = await InputAsync(null, "تخلف ساختمانی") });
        var id = filed.At("fileFinding.finding.id").GetString();

        var changed = await factory.PostAsync($$"""
            mutation { changeFindingStatus(input: { id: "{{id}}", version: 1, status: REFERRED, note: "ارجاع به معاونت" }) { finding { status
              version } {{WriteHarness.Errors}} } }
            """, key);
        Assert.Equal("REFERRED", changed.At("changeFindingStatus.finding.status").GetString());
        var stale = await factory.PostAsync($$"""
            mutation { dismissFinding(input: { id: "{{id}}", version: 1, reason: "تکراری" }) { finding { status } {{WriteHarness.Errors}} } }
            """, key);
        Assert.Equal([("ConcurrencyError", "")], stale.PayloadErrors("dismissFinding"));
        var dismissed = await factory.PostAsync($$"""
            mutation { dismissFinding(input: { id: "{{id}}", version: 2, reason: "تکراری" }) { finding { status dismissalReason } {{WriteHarness.Errors}} } }
            """, key);
        Assert.Equal("DISMISSED", dismissed.At("dismissFinding.finding.status").GetString());

        var history = await factory.ReadAsync(db => db.FindingHistory.Where(h => h.Finding!.Title == "تخلف ساختمانی").OrderBy(h => h.Id).Select(h => h.Change)
            .ToListAsync());
        Assert.Equal(3, history.Count);
        Assert.Equal("Status: Filed → Referred. Note: ارجاع به معاونت", history[1]);
        Assert.Contains("Status: Referred → Dismissed", history[2], StringComparison.Ordinal);
        Assert.Contains("DismissalReason: - → تکراری", history[2], StringComparison.Ordinal);
        var audited = await factory.ReadAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Finding) && a.Operation == AuditOperation.Update
            && a.Actor.EndsWith(":Inspector")));
        Assert.True(audited >= 2);
    }
}
