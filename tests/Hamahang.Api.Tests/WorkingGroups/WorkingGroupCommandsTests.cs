using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.Commands;
using Hamahang.Api.WorkingGroups;

namespace Hamahang.Api.Tests.WorkingGroups;

public sealed class WorkingGroupCommandsTests : IDisposable
{
    private readonly CommandHarness harness = new();

    private Task<WorkingGroup> Run(Func<WorkingGroupCommands, Task<WorkingGroup>> run) => harness.As(CommandHarness.Editor(), run);

    [Fact]
    public async Task AWorkingGroupFormedFromADecisionManagesItsMembers()
    {
        var decision = harness.Read(db => db.Decisions.OrderBy(d => d.Id).First().Id);
        var (crisis, welfare) = (harness.Read(db => db.Organizations.OrderBy(o => o.Id).First().Id),
            harness.Read(db => db.Organizations.OrderBy(o => o.Id).Skip(1).First().Id));
        var group = await Run(c =>
            c.FormAsync(new() { DecisionId = decision, Name = "کارگروه اسکان اضطراری",
            Members = [new() { OrganizationId = crisis, Role = WorkingGroupRole.Chair }] }, default));
        var id = group.Id;

        group = await Run(c =>
            c.AddMemberAsync(new() { WorkingGroupId = id, Version = 1, Member = new() { OrganizationId = welfare, Role = WorkingGroupRole.Member } }, default));
        await Assert.ThrowsAsync<DomainRuleException>(() =>
            Run(c => c.AddMemberAsync(new() { WorkingGroupId = id, Version = 2, Member = new() { OrganizationId = welfare } }, default)));
        group = await Run(c => c.RemoveMemberAsync(new() { WorkingGroupId = id, Version = 2, OrganizationId = crisis }, default));

        Assert.Equal(3, group.Version);
        Assert.Equal([welfare],
            harness.Read(db => db.WorkingGroupMembers.Where(m => m.WorkingGroupId == group.Id).Select(m => m.OrganizationId!.Value).ToList()));
        Assert.Equal(decision, harness.Read(db => db.WorkingGroups.Single(g => g.Id == group.Id).FormedByDecisionId));
    }

    public void Dispose() => harness.Dispose();
}
