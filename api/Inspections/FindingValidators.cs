using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Inspections;

public sealed class FileFindingValidator : AbstractValidator<FileFindingInput>
{
    public FileFindingValidator()
    {
        RuleFor(x => x.InspectionId).IsId(nameof(Inspection));
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Title).IsText(Lengths.Name);
        RuleFor(x => x.Description).IsOptionalText(Lengths.Text * 5);
        RuleFor(x => x.Location).IsOptionalText(Lengths.Name);
        RuleFor(x => x.ResponsibleOrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.DueDate).IsOptionalDomainDate();
        RuleFor(x => x.IdempotencyKey).IsIdempotencyKey();
    }
}

public sealed class ChangeFindingStatusValidator : AbstractValidator<ChangeFindingStatusInput>
{
    public ChangeFindingStatusValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Finding));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Status).IsInEnum()
            .NotEqual(FindingStatus.Dismissed).WithMessage("'{PropertyName}' cannot be DISMISSED here; dismiss the finding with a reason.")
                .WithRule(ValidationCode.NotAllowed)
            .NotEqual(FindingStatus.Filed).WithMessage("'{PropertyName}' cannot go back to FILED.").WithRule(ValidationCode.NotAllowed);
        RuleFor(x => x.Note).IsText(Lengths.Text / 2);
    }
}

public sealed class DismissFindingValidator : AbstractValidator<DismissFindingInput>
{
    public DismissFindingValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Finding));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Reason).IsText(Lengths.Text);
    }
}
