using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.WorkingGroups;

public sealed class WorkingGroupMemberValidator : AbstractValidator<WorkingGroupMemberInput>
{
    public WorkingGroupMemberValidator()
    {
        RuleFor(m => m.OrganizationId).IsOptionalId(nameof(Organization))
            .Must((m, organization) => organization is not null || m.PersonId is not null).WithMessage("A member names an organization, a person or both.")
                .WithRule(ValidationCode.OneOfRequired, otherField: "personId");
        RuleFor(m => m.PersonId).IsOptionalId(nameof(Person));
        RuleFor(m => m.Role).IsInEnum();
    }
}

public sealed class FormWorkingGroupValidator : AbstractValidator<FormWorkingGroupInput>
{
    public FormWorkingGroupValidator()
    {
        RuleFor(x => x.DecisionId).IsId(nameof(Decision));
        RuleFor(x => x.Name).IsText(Lengths.Name);
        RuleFor(x => x.NameEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Specialty).IsOptionalText(Lengths.Name);
        RuleFor(x => x.DistrictId).IsOptionalId(nameof(District));
        RuleFor(x => x.PartnerOrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.Members).Must(m => m is null || m.Count <= 200).WithMessage("'{PropertyName}' may hold at most 200 members.")
            .WithRule(ValidationCode.MaxItems, max: 200);
        RuleForEach(x => x.Members).SetValidator(new WorkingGroupMemberValidator());
        RuleFor(x => x.IdempotencyKey).IsIdempotencyKey();
    }
}

public sealed class AddWorkingGroupMemberValidator : AbstractValidator<AddWorkingGroupMemberInput>
{
    public AddWorkingGroupMemberValidator()
    {
        RuleFor(x => x.WorkingGroupId).IsId(nameof(WorkingGroup));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Member).NotNull().SetValidator(new WorkingGroupMemberValidator());
    }
}

public sealed class RemoveWorkingGroupMemberValidator : AbstractValidator<RemoveWorkingGroupMemberInput>
{
    public RemoveWorkingGroupMemberValidator()
    {
        RuleFor(x => x.WorkingGroupId).IsId(nameof(WorkingGroup));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.OrganizationId).IsOptionalId(nameof(Organization))
            .Must((x, organization) => organization is not null || x.PersonId is not null)
                .WithMessage("Name the member by its organization, its person or both.").WithRule(ValidationCode.OneOfRequired, otherField: "personId");
        RuleFor(x => x.PersonId).IsOptionalId(nameof(Person));
    }
}

public sealed class SetWorkingGroupStatusValidator : AbstractValidator<SetWorkingGroupStatusInput>
{
    public SetWorkingGroupStatusValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(WorkingGroup));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Status).IsInEnum();
    }
}
