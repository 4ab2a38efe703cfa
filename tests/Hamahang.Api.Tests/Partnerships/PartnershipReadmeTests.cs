using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Partnerships;

/// <summary>schema/README.md's recordPartnership example, run as an editor with seeded ids put in its placeholders.</summary>
public sealed partial class PartnershipReadmeTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TheRecordPartnershipExampleRunsAndWritesOnePartnership()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md"));
        var example = Assert.Single(RecordExample().Matches(readme));
        var tehran = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "Tehran Governorate"));
        var district = await factory.IdAsync<District>(q => q.Where(d => d.Number == 19));
        var qomCrisis = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "Crisis Management Directorate-General, Qom Governorate"));
        var d19 = await factory.IdAsync<Organization>(q => q.Where(o => o.NameEn == "District 19 Municipality"));
        var variables = example.Groups[2].Value
            .Replace("\"organizationId\": \"<Organization id>\", \"districtId\"", $"\"organizationId\": \"{tehran}\", \"districtId\"", StringComparison.Ordinal)
            .Replace("<District id>", district, StringComparison.Ordinal)
            .Replace("\"organizationId\": \"<Organization id>\", \"counterpartId\": \"<Organization id>\"",
                $"\"organizationId\": \"{qomCrisis}\", \"counterpartId\": \"{d19}\"", StringComparison.Ordinal);
        Assert.DoesNotContain("<", variables, StringComparison.Ordinal);

        var before = await factory.ReadAsync(db => db.Partnerships.CountAsync());
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync(example.Groups[1].Value, editor, JsonSerializer.Deserialize<JsonElement>(variables));
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(JsonValueKind.Null, response.At("recordPartnership.errors").ValueKind);
        Assert.Single(response.At("recordPartnership.partnership.counterparts").EnumerateArray());
        Assert.Equal(before + 1, await factory.ReadAsync(db => db.Partnerships.CountAsync()));
    }

    [GeneratedRegex("```graphql\\n(mutation \\(\\$input: RecordPartnershipInput!\\).*?)```\\n```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex RecordExample();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
}
