using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Performance;

/// <summary>
/// A meeting's attendees and districts are loaded by the branch of their loader for the field's selection
/// (<see cref="Hamahang.Api.GraphQL.GroupedQueryDataLoader{TKey, TValue}.Projected"/>): its SQL reads the selected columns
/// and the joined rows the selection reaches, each differently selected alias answers from its own branch, and a
/// selection that cannot be projected (a nested list the projection itself would read) reads whole rows. Every answer is the database's.
/// </summary>
public sealed class LoaderProjectionTests(CountingHostFactory factory) : IClassFixture<CountingHostFactory>
{
    [Fact]
    public async Task TheAttendeesCommandReadsTheSelectedColumnsOnly()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var narrow = await AttendeesSql("attendees { person { fullName } }", admin);
        var wider = await AttendeesSql("attendees { role person { fullName fullNameEn } }", admin);

        Assert.Contains("\"FullName\"", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("\"FullNameEn\"", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Role\"", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Organizations\"", narrow, StringComparison.Ordinal);
        Assert.Contains("\"FullNameEn\"", wider, StringComparison.Ordinal);
        Assert.Contains("\"Role\"", wider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachAliasAnswersWhatTheDatabaseHoldsForItsOwnSelection()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        const string query = """
            { meetings(first: 50) { nodes { id
                people: attendees { person { fullName } }
                parts: attendees { role description organization { name } }
                districts { number }
                named: districts { name } } } }
            """;
        var response = await factory.PostAsync(query, admin);
        Assert.False(response.HasErrors, response.ToString());

        var expected = await Expected();
        var nodes = response.At("meetings.nodes");
        Assert.True(nodes.GetArrayLength() > 0);
        foreach (var meeting in nodes.EnumerateArray())
        {
            Assert.True(Hamahang.GraphQL.Types.GlobalId.TryDecode(meeting.GetProperty("id").GetString()!, out _, out var id));
            var (attendees, districts) = expected[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(attendees.Select(a => a.Person?.FullName), meeting.GetProperty("people").EnumerateArray().Select(PersonName));
            Assert.Equal(attendees.Select(a => (a.Role?.ToString().ToUpperInvariant(), a.Description, a.Organization?.Name)),
                meeting.GetProperty("parts").EnumerateArray().Select(Part));
            Assert.Equal(districts.Select(d => d.Number), meeting.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()));
            Assert.Equal(districts.Select(d => d.Name), meeting.GetProperty("named").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        }
    }

    // A nested list its own loader reads (a meeting's districts) leaves the projection one per selection: the attendees
    // command still reads the selected columns only, and answers as the narrower selection does.
    [Fact]
    public async Task ASelectionWithALoadedNestedListIsProjectedAndAnswersAlike()
    {
        var admin = await factory.CreateKeyAsync(ApiKeyRole.Admin);
        var projected = await factory.PostAsync("{ meetings(first: 50) { nodes { attendees { person { fullName } } } } }", admin);
        var nested = await AttendeesSql("attendees { person { fullName } meeting { districts { number } } }", admin);
        var whole = await factory.PostAsync("{ meetings(first: 50) { nodes { attendees { person { fullName } meeting { districts { number } } } } } }", admin);
        Assert.False(whole.HasErrors, whole.ToString());

        Assert.Contains("\"FullName\"", nested, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Role\"", nested, StringComparison.Ordinal);
        Assert.DoesNotContain("\"FullNameEn\"", nested, StringComparison.Ordinal);
        Assert.Equal(Names(projected.At("meetings.nodes")), Names(whole.At("meetings.nodes")));
        Assert.Contains(whole.At("meetings.nodes").EnumerateArray().SelectMany(m => m.GetProperty("attendees").EnumerateArray()),
            a => a.GetProperty("meeting").GetProperty("districts").GetArrayLength() > 0);
    }

    private static IEnumerable<string> Names(JsonElement meetings) =>
        meetings.EnumerateArray().Select(m => string.Join("|", m.GetProperty("attendees").EnumerateArray().Select(PersonName)));

    private static string? PersonName(JsonElement attendee) =>
        attendee.GetProperty("person") is { ValueKind: JsonValueKind.Object } person ? person.GetProperty("fullName").GetString() : null;

    private static (string?, string?, string?) Part(JsonElement attendee) =>
        (attendee.GetProperty("role").ValueKind == JsonValueKind.Null ? null : attendee.GetProperty("role").GetString(),
            attendee.GetProperty("description").GetString(),
            attendee.GetProperty("organization") is { ValueKind: JsonValueKind.Object } organization ? organization.GetProperty("name").GetString() : null);

    private async Task<string> AttendeesSql(string selection, string key)
    {
        factory.Counter.Reset();
        var response = await factory.PostAsync($"{{ meetings(first: 50) {{ nodes {{ title {selection} }} }} }}", key);
        Assert.False(response.HasErrors, response.ToString());
        return Assert.Single(factory.Counter.Commands, c => c.Contains("FROM \"MeetingAttendees\"", StringComparison.Ordinal));
    }

    private async Task<Dictionary<int, (List<MeetingAttendee> Attendees, List<District> Districts)>> Expected()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var attendees = await db.MeetingAttendees.AsNoTracking().Include(a => a.Person).Include(a => a.Organization).OrderBy(a => a.Id)
            .ToListAsync();
        var districts = await db.MeetingDistricts.AsNoTracking().OrderBy(md => md.District!.Number).Select(md => new { md.MeetingId, md.District })
            .ToListAsync();
        return await db.Meetings.AsNoTracking().Select(m => m.Id).ToDictionaryAsync(id => id, id => (
            attendees.Where(a => a.MeetingId == id).ToList(),
            districts.Where(d => d.MeetingId == id).Select(d => d.District!).ToList()));
    }
}
