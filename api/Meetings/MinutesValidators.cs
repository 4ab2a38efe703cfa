using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Meetings;

internal static class MinutesRules
{
    public const string Type = nameof(Domain.Minutes);
    public const int MaxSections = 50;
}

public sealed class MinutesSectionValidator : AbstractValidator<MinutesSectionInput>
{
    public MinutesSectionValidator()
    {
        RuleFor(s => s.Kind).IsInEnum();
        RuleFor(s => s.Heading).IsText(Lengths.Name);
        RuleFor(s => s.Body).IsText(100_000);
    }
}

public sealed class WriteMinutesValidator : AbstractValidator<WriteMinutesInput>
{
    public WriteMinutesValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Sections).NotEmpty().Must(s => s.Count <= MinutesRules.MaxSections).WithMessage("'{PropertyName}' may hold at most 50 sections.")
            .WithRule(ValidationCode.MaxItems, max: MinutesRules.MaxSections);
        RuleForEach(x => x.Sections).SetValidator(new MinutesSectionValidator());
    }
}

public sealed class UpdateMinutesValidator : AbstractValidator<UpdateMinutesInput>
{
    public UpdateMinutesValidator()
    {
        RuleFor(x => x.Id).IsId(MinutesRules.Type);
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Sections).NotEmpty().Must(s => s.Count <= MinutesRules.MaxSections).WithMessage("'{PropertyName}' may hold at most 50 sections.")
            .WithRule(ValidationCode.MaxItems, max: MinutesRules.MaxSections);
        RuleForEach(x => x.Sections).SetValidator(new MinutesSectionValidator());
    }
}

public sealed class ApproveMinutesValidator : AbstractValidator<ApproveMinutesInput>
{
    public ApproveMinutesValidator()
    {
        RuleFor(x => x.Id).IsId(MinutesRules.Type);
        RuleFor(x => x.Version).IsVersion();
    }
}

public sealed class PublishMinutesValidator : AbstractValidator<PublishMinutesInput>
{
    public PublishMinutesValidator()
    {
        RuleFor(x => x.Id).IsId(MinutesRules.Type);
        RuleFor(x => x.Version).IsVersion();
    }
}

public sealed class AmendMinutesValidator : AbstractValidator<AmendMinutesInput>
{
    public AmendMinutesValidator()
    {
        RuleFor(x => x.Id).IsId(MinutesRules.Type);
        RuleFor(x => x.Sections).NotEmpty().Must(s => s.Count <= MinutesRules.MaxSections).WithMessage("'{PropertyName}' may hold at most 50 sections.")
            .WithRule(ValidationCode.MaxItems, max: MinutesRules.MaxSections);
        RuleForEach(x => x.Sections).SetValidator(new MinutesSectionValidator());
    }
}
