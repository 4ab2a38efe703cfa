using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.Meetings;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Campaigns;

public sealed class RecordCampaignValidator : AbstractValidator<RecordCampaignInput>
{
    public RecordCampaignValidator() => Include(new CampaignDetailsValidator());
}

public sealed class UpdateCampaignValidator : AbstractValidator<UpdateCampaignInput>
{
    public UpdateCampaignValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Campaign));
        RuleFor(x => x.Version).IsVersion();
        Include(new CampaignDetailsValidator());
    }
}

// The rules of the details both inputs take, included by each.
internal sealed class CampaignDetailsValidator : AbstractValidator<CampaignDetailsInput>
{
    public CampaignDetailsValidator()
    {
        RuleFor(x => x.Name).IsText(Lengths.Name);
        RuleFor(x => x.NameEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Description).IsOptionalText(Lengths.Text);
        RuleFor(x => x.OrganizationId).IsOptionalId(nameof(Organization));
        RuleFor(x => x.Source!).SetValidator(new SourceInputValidator()).When(x => x.Source is not null);
    }
}

public sealed class SetCampaignPhasesValidator : AbstractValidator<SetCampaignPhasesInput>
{
    public SetCampaignPhasesValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Campaign));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Phases).NotNull().Must(p => p is null || p.Select(x => x.Number).Distinct().Count() == p.Count)
            .WithMessage("'{PropertyName}' names a phase number twice.").WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Phases).SetValidator(new CampaignPhaseValidator());
    }
}

public sealed class CampaignPhaseValidator : AbstractValidator<CampaignPhaseInput>
{
    public CampaignPhaseValidator()
    {
        RuleFor(x => x.Number).InclusiveBetween(1, 100);
        RuleFor(x => x.Description).IsOptionalText(Lengths.Text);
        RuleFor(x => x.StartsAtPrecision).IsInEnum();
        RuleFor(x => x.EndsAtPrecision).IsInEnum();
        // Separate rules: a condition (When) applies to every rule before it in its chain.
        RuleFor(x => x.StartsAt).IsOptionalDomainInstant();
        RuleFor(x => x.StartsAt).NotNull().When(x => x.StartsAtPrecision != DatePrecision.Unknown)
            .WithMessage("'{PropertyName}' is required unless 'startsAtPrecision' is UNKNOWN.");
        RuleFor(x => x.StartsAt).Null().When(x => x.StartsAtPrecision == DatePrecision.Unknown)
            .WithMessage("'{PropertyName}' must be left out when 'startsAtPrecision' is UNKNOWN.")
                .WithRule(ValidationCode.LeftOut, otherField: "startsAtPrecision");
        RuleFor(x => x.EndsAt).IsOptionalDomainInstant();
        RuleFor(x => x.EndsAt).NotNull().When(x => x.EndsAtPrecision != DatePrecision.Unknown)
            .WithMessage("'{PropertyName}' is required unless 'endsAtPrecision' is UNKNOWN.");
        RuleFor(x => x.EndsAt).Null().When(x => x.EndsAtPrecision == DatePrecision.Unknown)
            .WithMessage("'{PropertyName}' must be left out when 'endsAtPrecision' is UNKNOWN.")
                .WithRule(ValidationCode.LeftOut, otherField: "endsAtPrecision");
        RuleFor(x => x.EndsAt).GreaterThanOrEqualTo(x => x.StartsAt).When(x => x.StartsAt is not null && x.EndsAt is not null)
            .WithMessage("'{PropertyName}' must not be before 'startsAt'.").WithRule(ValidationCode.NotBefore, otherField: "startsAt");
        RuleFor(x => x.LaunchMeetingId).IsOptionalId(nameof(Meeting));
    }
}

public sealed class SetPhaseServicePointsValidator : AbstractValidator<SetPhaseServicePointsInput>
{
    public SetPhaseServicePointsValidator()
    {
        RuleFor(x => x.PhaseId).IsId(nameof(CampaignPhase));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.ServicePoints).NotNull().Must(p => p is null || p.Select(x => x.Kind).Distinct().Count() == p.Count)
            .WithMessage("'{PropertyName}' names a kind twice.").WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.ServicePoints).SetValidator(new ServicePointValidator());
    }
}

public sealed class ServicePointValidator : AbstractValidator<ServicePointInput>
{
    public ServicePointValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Count).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Count).GreaterThanOrEqualTo(x => x.SiteIds!.Count).When(x => x.Count is not null && x.SiteIds is not null)
            .WithMessage("'{PropertyName}' must not be less than the places named in 'siteIds'.").WithRule(ValidationCode.AtLeast, otherField: "siteIds");
        RuleFor(x => x.Notes).IsOptionalText(Lengths.Text);
        RuleFor(x => x.SiteIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'{PropertyName}' names a site twice.")
            .WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.SiteIds).IsId(nameof(Site));
    }
}
