using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.Meetings;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Inspections;

public sealed class ScheduleInspectionValidator : AbstractValidator<ScheduleInspectionInput>
{
    public ScheduleInspectionValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).IsText(Lengths.Name);
        RuleFor(x => x.DistrictId).IsId(nameof(District));
        RuleFor(x => x.InspectedOrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.InspectedSiteId).IsOptionalId(nameof(Site));
        RuleFor(x => x.InspectingOrganizationId).IsId(nameof(Organization));
        RuleFor(x => x.PlannedAt).IsDomainInstant();
        RuleFor(x => x.PlannedAtPrecision).IsInEnum();
        RuleFor(x => x.PlannedAtPrecision).NotEqual(DatePrecision.Unknown)
            .WithMessage("'{PropertyName}' cannot be UNKNOWN: an inspection is planned for a date.").WithRule(ValidationCode.NotAllowed);
        RuleFor(x => x.PlannedAtFromPublication).Equal(false).When(x => x.PlannedAtPrecision != DatePrecision.Day)
            .WithMessage("'{PropertyName}' needs 'plannedAtPrecision' DAY: a publication date is a day.")
                .WithRule(ValidationCode.Needs, otherField: "plannedAtPrecision");
        RuleFor(x => x.Source!).SetValidator(new SourceInputValidator()).When(x => x.Source is not null);
        RuleForEach(x => x.InspectorIds).IsId(nameof(Person));
        RuleFor(x => x.InspectorIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'{PropertyName}' names a person twice.")
            .WithRule(ValidationCode.Duplicate);
    }
}

public sealed class StartInspectionValidator : AbstractValidator<StartInspectionInput>
{
    public StartInspectionValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Inspection));
        RuleFor(x => x.Version).IsVersion();
    }
}

public sealed class CompleteInspectionValidator : AbstractValidator<CompleteInspectionInput>
{
    public CompleteInspectionValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Inspection));
        RuleFor(x => x.Version).IsVersion();
    }
}
