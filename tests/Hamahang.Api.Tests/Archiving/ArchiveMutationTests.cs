using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Archiving;

/// <summary>Organizations, people and sites are archived and restored, never deleted, by administrators only.</summary>
public sealed class ArchiveMutationTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static string Document(string mutation, string type) => $$"""
        mutation M($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) {
          {{mutation}}(input: $input) { {{type}} { id version archivedAt } {{WriteHarness.Errors}} }
        }
        """;

    public static TheoryData<string, string, string, string> Kinds => new()
    {
        { "Organization", "organization", "organizations", "name" },
        { "Person", "person", "people", "fullName" },
        { "Site", "site", "sites", "name" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AnAdminArchivesARecordItLeavesTheListsAndIsRestoredWithOneAuditEntryEach(string type, string field, string list, string name)
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var (id, version) = await LastAsync(admin, list);
        var audit = (await factory.CountsAsync()).Audit;

        var archived = await factory.PostAsync(Document($"archive{type}", field), admin, new { input = new { id, version } });
        Assert.Empty(archived.PayloadErrors($"archive{type}"));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, archived.At($"archive{type}.{field}.archivedAt").ValueKind);
        Assert.Equal(audit + 1, (await factory.CountsAsync()).Audit);
        Assert.DoesNotContain(id, await IdsAsync(admin, list, includeArchived: false));
        Assert.Contains(id, await IdsAsync(admin, list, includeArchived: true));
        var filtered = await factory.PostAsync($"{{ {list}(includeArchived: true, where: {{ archivedAt: {{ neq: null }} }}) {{ nodes {{ id {name} }} }} }}",
            admin);
        Assert.Contains(filtered.At($"{list}.nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == id);

        var again = await factory.PostAsync(Document($"archive{type}", field), admin, new { input = new { id, version = version + 1 } });
        Assert.Equal([("DomainRuleError", "")], again.PayloadErrors($"archive{type}"));

        var restored = await factory.PostAsync(Document($"restore{type}", field), admin, new { input = new { id, version = version + 1 } });
        Assert.Empty(restored.PayloadErrors($"restore{type}"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, restored.At($"restore{type}.{field}.archivedAt").ValueKind);
        Assert.Equal(audit + 2, (await factory.CountsAsync()).Audit);
        Assert.Contains(id, await IdsAsync(admin, list, includeArchived: false));
    }

    [Theory]
    [InlineData(ApiKeyRole.Editor)]
    [InlineData(ApiKeyRole.Inspector)]
    [InlineData(ApiKeyRole.Partner)]
    [InlineData(ApiKeyRole.Integrator)]
    public async Task OnlyAnAdminArchivesAndARefusalWritesNothing(ApiKeyRole role)
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var key = await factory.CreateKeyAsync(role, organization: role is ApiKeyRole.Partner or ApiKeyRole.Inspector ? "استانداری قم" : null);
        var (id, version) = await LastAsync(admin, "sites");
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(Document("archiveSite", "site"), key, new { input = new { id, version } });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(counts, await factory.CountsAsync());
        Assert.Equal(0, await factory.ReadAsync(db => db.Sites.CountAsync(s => s.ArchivedAt != null)));
    }

    [Fact]
    public async Task AnIdOfAnotherTypeIsAnInputErrorAndAnInvalidVersionAValidationErrorNamingTheField()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var (site, _) = await LastAsync(admin, "sites");
        var (person, _) = await LastAsync(admin, "people");
        var counts = await factory.CountsAsync();
        // A site's id where a person's belongs is refused while the input is read, as HotChocolate does.
        var wrongType = await factory.PostAsync(Document("archivePerson", "person"), admin, new { input = new { id = site, version = 1 } });
        Assert.Equal(["BAD_USER_INPUT"], wrongType.ErrorCodes);
        var response = await factory.PostAsync(Document("archivePerson", "person"), admin, new { input = new { id = person, version = 0 } });
        Assert.Equal([("ValidationError", "version")], response.PayloadErrors("archivePerson"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    private async Task<(string Id, long Version)> LastAsync(string key, string list)
    {
        var response = await factory.PostAsync($"{{ {list}(last: 1) {{ nodes {{ id version }} }} }}", key);
        var node = response.At($"{list}.nodes")[0];
        return (node.GetProperty("id").GetString()!, node.GetProperty("version").GetInt64());
    }

    private async Task<List<string?>> IdsAsync(string key, string list, bool includeArchived)
    {
        var response = await factory.PostAsync($"{{ {list}(first: 50, includeArchived: {(includeArchived ? "true" : "false")}) {{ nodes {{ id }} }} }}", key);
        Assert.False(response.HasErrors, response.ToString());
        return [.. response.At($"{list}.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())];
    }
}
