using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.GraphQL.Authorization;

/// <summary>
/// A reference read off a row of a projected root list answers under the read policy of the referenced
/// type, like a reference loaded by key: a row the caller may read does not open the records it points to.
/// </summary>
public sealed class ReferenceReadPolicyTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Qom = "استانداری قم";
    private const string Secret = "مصوبه محرمانه منطقه ۱۰";
    private const string GroupName = "Group formed at a meeting Qom did not attend";

    private const string Query = """
        {
          workingGroups(where: { nameEn: { eq: "Group formed at a meeting Qom did not attend" } }) {
            nodes { nameEn district { number } formedByDecision { text meeting { titleEn } } }
          }
        }
        """;

    [Fact]
    public async Task APartnerDoesNotReadAMeetingThroughTheReferenceOfAWorkingGroupItMayRead()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: Qom);
        await AddGroupFormedAtTheDistrict10MeetingAsync();

        var response = await factory.PostAsync(Query, partner);

        Assert.False(response.HasErrors, response.ToString());
        var group = Assert.Single(response.At("workingGroups.nodes").EnumerateArray());
        Assert.Equal(GroupName, group.GetProperty("nameEn").GetString());
        Assert.Equal(10, group.GetProperty("district").GetProperty("number").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, group.GetProperty("formedByDecision").ValueKind);
        Assert.DoesNotContain(Secret, response.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("District 10", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorReadsTheSameReferencesThroughTheProjection()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        await AddGroupFormedAtTheDistrict10MeetingAsync();

        var response = await factory.PostAsync(Query, editor);

        Assert.False(response.HasErrors, response.ToString());
        var group = Assert.Single(response.At("workingGroups.nodes").EnumerateArray());
        Assert.Equal(Secret, group.GetProperty("formedByDecision").GetProperty("text").GetString());
        Assert.Contains("District 10", group.GetProperty("formedByDecision").GetProperty("meeting").GetProperty("titleEn").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartnerReadsAMeetingWithPublishedMinutesThroughAReference()
    {
        var partner = await factory.CreateKeyAsync(ApiKeyRole.Partner, organization: "اداره بهزیستی شهرستان ری");

        var response = await factory.PostAsync("{ minutes(first: 50) { nodes { status meeting { titleEn } } } }", partner);

        Assert.False(response.HasErrors, response.ToString());
        var nodes = response.At("minutes.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("meeting").GetProperty("titleEn").GetString())));
    }

    // (After a key is made: the host creates and seeds the database when it starts.)
    // A decision of the District 10 meeting (Qom neither hosted nor attended it, and its minutes are not
    // published) forms a working group Qom is the partner of: Qom reads the group, not the meeting.
    private async Task AddGroupFormedAtTheDistrict10MeetingAsync()
    {
        await using var db = factory.Database.CreateContext();
        if (await db.WorkingGroups.AnyAsync(g => g.NameEn == GroupName))
        {
            return;
        }

        var meeting = await db.Meetings.SingleAsync(m => m.TitleEn!.Contains("District 10"));
        var qom = await db.Organizations.SingleAsync(o => o.Name == Qom);
        var district = await db.Districts.SingleAsync(d => d.Number == 10);
        var decision = new Decision { MeetingId = meeting.Id, Position = 99, Text = Secret, Status = DecisionStatus.Open };
        db.WorkingGroups.Add(new WorkingGroup
        {
            Name = "کارگروه آزمایشی",
            NameEn = GroupName,
            District = district,
            PartnerOrganization = qom,
            FormedByDecision = decision,
            Status = WorkingGroupStatus.Forming,
        });
        await db.SaveChangesAsync();
    }
}
