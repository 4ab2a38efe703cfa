using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hamahang.Api.Commands;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Campaigns;

/// <summary>schema/README.md's setOrganizationCapacities example, run as an editor on a seeded organization at its version.</summary>
public sealed partial class CapacityReadmeTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TheSetOrganizationCapacitiesExampleReplacesTheCapacities()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md"));
        var example = Assert.Single(SetCapacitiesExample().Matches(readme));
        var organization = await factory.ReadAsync(db => db.Organizations.SingleAsync(o => o.NameEn == "Rey County Welfare Office"));
        var variables = example.Groups[2].Value
            .Replace("<Organization id>", Ids.Of(nameof(Organization), organization.Id), StringComparison.Ordinal)
            .Replace("\"version\": 1", $"\"version\": {organization.Version}", StringComparison.Ordinal);

        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(example.Groups[1].Value, editor, JsonSerializer.Deserialize<JsonElement>(variables));
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(JsonValueKind.Null, response.At("setOrganizationCapacities.errors").ValueKind);
        Assert.Equal(["VOLUNTEERS", "EQUIPMENT"], response.At("setOrganizationCapacities.organization.capacities").EnumerateArray()
            .Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(2, await factory.ReadAsync(db => db.Organizations.Where(o => o.Id == organization.Id).SelectMany(o => o.Capacities).CountAsync()));
    }

    [GeneratedRegex("```graphql\\n(mutation \\(\\$input: SetOrganizationCapacitiesInput!\\).*?)```\\n```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SetCapacitiesExample();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
