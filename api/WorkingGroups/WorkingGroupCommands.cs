using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.WorkingGroups;

/// <summary>Forms working groups from decisions and manages their members: editors and administrators.</summary>
public sealed class WorkingGroupCommands(AppDbContext db, Caller caller, IServiceProvider services) : CommandService(db, caller, services)
{
    public const string FormOperation = "formWorkingGroup";

    public async Task<WorkingGroup> FormAsync(FormWorkingGroupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        return await Db.CreateOnceAsync(FormOperation, input.IdempotencyKey, Caller, async () =>
        {
            var decision = await LoadAsync<Decision>(input.DecisionId, cancellationToken);
            var group = new WorkingGroup
            {
                Name = input.Name.Trim(),
                NameEn = input.NameEn?.Trim(),
                Specialty = input.Specialty?.Trim(),
                DistrictId = await ReferenceAsync<District>(input.DistrictId, cancellationToken),
                PartnerOrganizationId = await ReferenceAsync<Organization>(input.PartnerOrganizationId, cancellationToken),
                FormedByDecisionId = decision.Id,
                Status = WorkingGroupStatus.Forming,
            };
            foreach (var member in input.Members ?? [])
            {
                AddMember(group, await MemberAsync(member, cancellationToken));
            }

            Db.WorkingGroups.Add(group);
            await SaveAsync(cancellationToken);
            return group;
        }, cancellationToken);
    }

    public async Task<WorkingGroup> AddMemberAsync(AddWorkingGroupMemberInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var group = await LoadAsync(Db.WorkingGroups.Include(g => g.Members), input.WorkingGroupId, cancellationToken);
        var member = await MemberAsync(input.Member, cancellationToken);
        ExpectVersion(group, input.Version);
        AddMember(group, member);
        await SaveAsync(cancellationToken);
        return group;
    }

    public async Task<WorkingGroup> RemoveMemberAsync(RemoveWorkingGroupMemberInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var group = await LoadAsync(Db.WorkingGroups.Include(g => g.Members), input.WorkingGroupId, cancellationToken);
        var member = group.Members.FirstOrDefault(m => m.OrganizationId == input.OrganizationId && m.PersonId == input.PersonId)
            ?? throw new DomainRuleException("The working group has no such member.");
        ExpectVersion(group, input.Version);
        Db.WorkingGroupMembers.Remove(member);
        group.Members.Remove(member);
        await SaveAsync(cancellationToken);
        return group;
    }

    public async Task<WorkingGroup> SetStatusAsync(SetWorkingGroupStatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var group = await LoadAsync<WorkingGroup>(input.Id, cancellationToken);
        if (group.Status == WorkingGroupStatus.Dissolved)
        {
            throw new DomainRuleException("The working group is dissolved; form a new one.");
        }

        ExpectVersion(group, input.Version);
        group.Status = input.Status;
        await SaveAsync(cancellationToken);
        return group;
    }

    private async Task<WorkingGroupMember> MemberAsync(WorkingGroupMemberInput input, CancellationToken cancellationToken) => new()
    {
        OrganizationId = await ReferenceAsync<Organization>(input.OrganizationId, cancellationToken),
        PersonId = await ReferenceAsync<Person>(input.PersonId, cancellationToken),
        Role = input.Role,
    };

    private static void AddMember(WorkingGroup group, WorkingGroupMember member)
    {
        if (group.Members.Any(m => m.OrganizationId == member.OrganizationId && m.PersonId == member.PersonId))
        {
            throw new DomainRuleException("The working group has this member already.");
        }

        group.Members.Add(member);
    }
}
