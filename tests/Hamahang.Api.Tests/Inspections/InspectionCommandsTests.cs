using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;
using Hamahang.Api.Inspections;
using Hamahang.Api.Tests.Commands;

namespace Hamahang.Api.Tests.Inspections;

public sealed class InspectionCommandsTests : IDisposable
{
    private readonly CommandHarness harness = new();

    private int Observers => harness.Read(db => db.Organizations.Single(o => o.Kind == OrganizationKind.ObserversNetwork).Id);

    private ScheduleInspectionInput Input(params int[] inspectors) => new()
    {
        Kind = InspectionKind.Unannounced,
        Title = "نظارت سرزده بر ایستگاه‌های مترو",
        DistrictId = harness.Read(db => db.Districts.Single(d => d.Number == 19).Id),
        InspectingOrganizationId = Observers,
        PlannedAt = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(3.5)),
        InspectorIds = inspectors,
    };

    [Fact]
    public async Task AnInspectorOfTheInspectingOrganizationSchedulesStartsAndCompletesAnInspection()
    {
        var network = CommandHarness.Key(7, ApiKeyRole.Inspector, organizationId: Observers);
        var inspection = await harness.As<InspectionCommands, Inspection>(network, c => c.ScheduleAsync(Input(), default));
        var id = inspection.Id;
        Assert.Equal((InspectionStatus.Planned, new DateTime(2024, 6, 1, 4, 30, 0, DateTimeKind.Utc)), (inspection.Status, inspection.PlannedAt));

        await Assert.ThrowsAsync<DomainRuleException>(() => harness.As<InspectionCommands,
            Inspection>(network, c => c.CompleteAsync(new() { Id = id, Version = 1 }, default)));
        var started = await harness.As<InspectionCommands, Inspection>(network, c => c.StartAsync(new() { Id = id, Version = 1 }, default));
        var completed = await harness.As<InspectionCommands, Inspection>(network, c => c.CompleteAsync(new() { Id = id, Version = started.Version }, default));

        Assert.Equal((InspectionStatus.Completed, 3L), (completed.Status, completed.Version));
        Assert.NotNull(completed.StartedAt);
        Assert.NotNull(completed.CompletedAt);
    }

    [Fact]
    public async Task AnInspectorMaySchedulePlanningToInspectThemselvesButNotForOthers()
    {
        var amanlou = harness.Inspector("Hossein Amanlou");
        var own = harness.Read(db => db.People.Single(p => p.FullNameEn == "Hossein Amanlou").Id);
        var other = harness.Read(db => db.People.Single(p => p.FullNameEn == "Touraj Farhadi").Id);
        var counts = harness.Counts();

        await Assert.ThrowsAsync<NotAuthorizedException>(() => harness.As<InspectionCommands,
            Inspection>(amanlou, c => c.ScheduleAsync(Input(other), default)));
        Assert.Equal(counts, harness.Counts());
        var inspection = await harness.As<InspectionCommands, Inspection>(amanlou, c => c.ScheduleAsync(Input(own, other), default));
        Assert.Equal(2, harness.Read(db => db.InspectionInspectors.Count(i => i.InspectionId == inspection.Id)));
    }

    public void Dispose() => harness.Dispose();
}
