using System.Text.Json;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Inspections;

/// <summary>
/// An inspection says where its facts come from and how precise its date is: the seed dates District 19's inspections by
/// their source's publication, marked so, with no hour, start, end or due date the source does not give; a scheduled
/// inspection keeps the precision and source it is given.
/// </summary>
public sealed class InspectionProvenanceTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Schedule = $$"""
        mutation ($input: ScheduleInspectionInput!) {
          scheduleInspection(input: $input) {
            inspection { plannedAt plannedAtPrecision plannedAtFromPublication plannedAtJalali plannedAtJalaliLong source { outlet url newsCode } }
            {{WriteHarness.Errors}}
          }
        }
        """;

    [Fact]
    public async Task TheObserversInspectionsCarryThePublicationDayAndInventNothing()
    {
        var editor = await factory.CreateKeyAsync(ApiKeyRole.Editor);
        var response = await factory.PostAsync("""
            {
              inspections(where: { district: { number: { eq: 19 } }, title: { contains: "شبکه ناظرین مردمی" } }, order: [{ id: ASC }]) {
                nodes { plannedAt plannedAtPrecision plannedAtFromPublication plannedAtJalali plannedAtJalaliLong startedAt completedAt source { outlet
                  newsCode } findings { dueDate } }
              }
              meetings(where: { title: { contains: "شبکه ناظرین مردمی" } }) { nodes { minutes { publishedAt } } }
            }
            """, editor);
        Assert.False(response.HasErrors, response.ToString());

        var inspections = response.At("inspections.nodes").EnumerateArray().ToList();
        Assert.Equal(2, inspections.Count);
        Assert.All(inspections, i =>
        {
            Assert.Equal(("DAY", true), (i.GetProperty("plannedAtPrecision").GetString(), i.GetProperty("plannedAtFromPublication").GetBoolean()));
            // Tehran's first moment of 11 Ordibehesht 1402, shown without an hour and with the weekday the source prints.
            Assert.Equal("2023-04-30T20:30:00.000Z", i.GetProperty("plannedAt").GetString());
            Assert.Equal(("1402/02/11", "دوشنبه ۱۱ اردیبهشت ۱۴۰۲"),
                (i.GetProperty("plannedAtJalali").GetString(), i.GetProperty("plannedAtJalaliLong").GetString()));
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (i.GetProperty("startedAt").ValueKind, i.GetProperty("completedAt").ValueKind));
            Assert.Equal(("خبرایران", "54514"),
                (i.GetProperty("source").GetProperty("outlet").GetString(), i.GetProperty("source").GetProperty("newsCode").GetString()));
            Assert.All(i.GetProperty("findings").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("dueDate").ValueKind));
        });
        Assert.Single(await factory.ReadAsync(db => db.Sources.Where(s => s.NewsCode == "54514").ToListAsync()));

        // The minutes are published when the source was: 15:58:10 Tehran time on that day.
        var minutes = Assert.Single(Assert.Single(response.At("meetings.nodes").EnumerateArray()).GetProperty("minutes").EnumerateArray());
        Assert.Equal("2023-05-01T12:28:10.000Z", minutes.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task AScheduledInspectionKeepsItsPrecisionAndSource()
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var response = await factory.PostAsync(Schedule, inspector, new { input = await InputAsync(new
        {
            plannedAt = "2024-06-01T08:00:00+03:30",
            plannedAtPrecision = "DAY",
            source = new { outlet = "خبرایران", url = "https://www.khabariran.ir/news/1", newsCode = "1" },
        }) });
        Assert.False(response.HasErrors, response.ToString());
        Assert.Empty(response.PayloadErrors("scheduleInspection"));

        var inspection = response.At("scheduleInspection.inspection");
        Assert.Equal(("2024-05-31T20:30:00.000Z", "DAY", false),
            (inspection.GetProperty("plannedAt").GetString(), inspection.GetProperty("plannedAtPrecision").GetString(),
            inspection.GetProperty("plannedAtFromPublication").GetBoolean()));
        Assert.Equal(("1403/03/12", "شنبه ۱۲ خرداد ۱۴۰۳"),
            (inspection.GetProperty("plannedAtJalali").GetString(), inspection.GetProperty("plannedAtJalaliLong").GetString()));
        Assert.Equal("https://www.khabariran.ir/news/1", inspection.GetProperty("source").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("UNKNOWN", false, "plannedAtPrecision")]
    [InlineData("TIME", true, "plannedAtFromPublication")]
    [InlineData("MONTH", true, "plannedAtFromPublication")]
    public async Task AnImpossiblePrecisionIsAValidationErrorNamingItsFieldAndWritesNothing(string precision, bool fromPublication, string field)
    {
        var inspector = await factory.CreateKeyAsync(ApiKeyRole.Inspector, person: "Hossein Amanlou");
        var counts = await factory.CountsAsync();
        var response = await factory.PostAsync(Schedule, inspector, new { input = await InputAsync(new
        {
            plannedAt = "2024-06-01T08:00:00+03:30",
            plannedAtPrecision = precision,
            plannedAtFromPublication = fromPublication,
        }) });

        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal([("ValidationError", field)], response.PayloadErrors("scheduleInspection"));
        Assert.Equal(counts, await factory.CountsAsync());
    }

    private async Task<Dictionary<string, object?>> InputAsync(object dates)
    {
        var input = new Dictionary<string, object?>
        {
            ["kind"] = "FIELD",
            ["title"] = "نظارت میدانی بر پایگاه‌های مدیریت بحران",
            ["districtId"] = await factory.IdAsync<District>(q => q.Where(d => d.Number == 19)),
            ["inspectingOrganizationId"] = await factory.IdAsync<Organization>(q => q.Where(o => o.Kind == OrganizationKind.ObserversNetwork)),
            ["inspectorIds"] = new[] { await factory.IdAsync<Person>(q => q.Where(p => p.FullNameEn == "Hossein Amanlou")) },
        };
        foreach (var property in JsonSerializer.SerializeToElement(dates).EnumerateObject())
        {
            input[property.Name] = property.Value;
        }

        return input;
    }
}
