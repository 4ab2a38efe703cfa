using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Decisions;

public sealed class RecordDecisionValidator : AbstractValidator<RecordDecisionInput>
{
    public RecordDecisionValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Text).IsText(Lengths.Text);
        RuleFor(x => x.DueDate).IsOptionalDomainDate();
        RuleForEach(x => x.OwnerOrganizationIds).IsId(nameof(Organization));
        RuleFor(x => x.OwnerOrganizationIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("'{PropertyName}' names an organization twice.").WithRule(ValidationCode.Duplicate);
    }
}

public sealed class SetDecisionOwnersValidator : AbstractValidator<SetDecisionOwnersInput>
{
    public SetDecisionOwnersValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Decision));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Owners).NotNull().Must(o => o.Count <= 50).WithMessage("'{PropertyName}' may hold at most 50 owners.")
            .WithRule(ValidationCode.MaxItems, max: 50)
            .Must(o => o.Select(x => x.OrganizationId).Distinct().Count() == o.Count).WithMessage("'{PropertyName}' names an organization twice.")
                .WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Owners).ChildRules(owner =>
        {
            owner.RuleFor(o => o.OrganizationId).IsId(nameof(Organization));
            owner.RuleFor(o => o.PersonId).IsOptionalId(nameof(Person));
        });
    }
}

public sealed class SetDecisionDueDateValidator : AbstractValidator<SetDecisionDueDateInput>
{
    public SetDecisionDueDateValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Decision));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.DueDate).IsOptionalDomainDate();
        RuleFor(x => x.Reason).IsOptionalText(Lengths.Text);
    }
}

public sealed class ChangeDecisionStatusValidator : AbstractValidator<ChangeDecisionStatusInput>
{
    public ChangeDecisionStatusValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Decision));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class AddDecisionNoteValidator : AbstractValidator<AddDecisionNoteInput>
{
    public AddDecisionNoteValidator()
    {
        RuleFor(x => x.DecisionId).IsId(nameof(Decision));
        RuleFor(x => x.Text).IsText(Lengths.Text * 5);
        RuleFor(x => x.NotedOn).IsOptionalDomainDate();
        RuleFor(x => x.IdempotencyKey).IsIdempotencyKey();
    }
}
