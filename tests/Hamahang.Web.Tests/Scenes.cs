namespace Hamahang.Web.Tests;

/// <summary>Keys of every role, bound to seeded organizations and people found through the page's own search documents.</summary>
public static class Scenes
{
    public static async Task<string> PartnerKeyAsync(this WebFixture fixture, string organizationEn = "Qom Governorate") =>
        await fixture.Host.CreateKeyAsync("Partner", ("--organization", await fixture.OrganizationKeyAsync(organizationEn)));

    public static async Task<string> InspectorKeyAsync(this WebFixture fixture, string personEn = "Hossein Amanlou") =>
        await fixture.Host.CreateKeyAsync("Inspector", ("--person", await fixture.PersonKeyAsync(personEn)));

    public static async Task<int> OrganizationKeyAsync(this WebFixture fixture, string nameEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("SearchOrganizations", new { where = new { nameEn = new { eq = nameEn } }, first = 2 }, fixture.Host.AdminKey);
        return GraphQLApi.KeyOf(data.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString()!);
    }

    public static async Task<int> PersonKeyAsync(this WebFixture fixture, string fullNameEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("SearchPeople", new { where = new { fullNameEn = new { eq = fullNameEn } }, first = 2 }, fixture.Host.AdminKey);
        return GraphQLApi.KeyOf(data.GetProperty("people").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString()!);
    }

    /// <summary>Records a meeting through the page's own document; its global id.</summary>
    public static async Task<string> RecordMeetingAsync(this WebFixture fixture, string title)
    {
        using var api = new GraphQLApi(fixture.Host);
        var data = await api.RunAsync("RecordMeeting", new { input = new { kind = "COORDINATION", title, startsAt = "2026-12-21T07:00:00Z" } },
            fixture.Host.AdminKey);
        return data.GetProperty("recordMeeting").GetProperty("meeting").GetProperty("id").GetString()!;
    }

    /// <summary>Records a decision of <paramref name="meetingId"/> through the page's own document; its global id.</summary>
    public static async Task<string> RecordDecisionAsync(this WebFixture fixture, string meetingId, string text, string? dueDate = null,
        params string[] ownersEn)
    {
        using var api = new GraphQLApi(fixture.Host);
        var owners = new List<string>();
        foreach (var owner in ownersEn)
        {
            var found = await api.RunAsync("SearchOrganizations", new { where = new { nameEn = new { eq = owner } }, first = 2 }, fixture.Host.AdminKey);
            owners.Add(found.GetProperty("organizations").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString()!);
        }

        var data = await api.RunAsync("RecordDecision", new { input = new { meetingId, text, dueDate, ownerOrganizationIds = owners } }, fixture.Host.AdminKey);
        return data.GetProperty("recordDecision").GetProperty("decision").GetProperty("id").GetString()!;
    }
}
