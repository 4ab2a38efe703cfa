using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Meetings;

public sealed class RecordMeetingValidator : AbstractValidator<RecordMeetingInput>
{
    public RecordMeetingValidator()
    {
        Include(new MeetingDetailsValidator());
        RuleFor(x => x.WorkingGroupId).IsOptionalId(nameof(WorkingGroup));
        RuleFor(x => x.IdempotencyKey).IsIdempotencyKey();
    }
}

public sealed class UpdateMeetingValidator : AbstractValidator<UpdateMeetingInput>
{
    public UpdateMeetingValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
        Include(new MeetingDetailsValidator());
    }
}

// The rules of the details both inputs take, included by each.
internal sealed class MeetingDetailsValidator : AbstractValidator<MeetingDetailsInput>
{
    public MeetingDetailsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).IsText(Lengths.Name);
        RuleFor(x => x.TitleEn).IsOptionalText(Lengths.Name);
        RuleFor(x => x.Summary).IsOptionalText(Lengths.Text * 5);
        RuleFor(x => x.StartsAt).IsOptionalDomainInstant()
            .NotNull().When(x => x.StartsAtPrecision != DatePrecision.Unknown)
                .WithMessage("'{PropertyName}' is required unless 'startsAtPrecision' is UNKNOWN.");
        RuleFor(x => x.StartsAtPrecision).IsInEnum();
        RuleFor(x => x.StartsAtFromPublication).Equal(false).When(x => x.StartsAtPrecision != DatePrecision.Day)
            .WithMessage("'{PropertyName}' needs 'startsAtPrecision' DAY: a publication date is a day.")
                .WithRule(ValidationCode.Needs, otherField: "startsAtPrecision");
        RuleFor(x => x.EndsAt).IsOptionalDomainInstant().GreaterThan(x => x.StartsAt).When(x => x.EndsAt is not null)
            .WithMessage("'{PropertyName}' must be after 'startsAt'.").WithRule(ValidationCode.After, otherField: "startsAt");
        RuleFor(x => x.EndsAt).Null().When(x => x.StartsAtPrecision != DatePrecision.Time).WithMessage("'{PropertyName}' needs 'startsAtPrecision' TIME.")
            .WithRule(ValidationCode.Needs, otherField: "startsAtPrecision");
        RuleFor(x => x.Venue).IsOptionalText(Lengths.Name);
        RuleFor(x => x.SourceUrl).IsOptionalUrl().Must((x, url) => url is null || x.Source?.Url is null || url.Trim() == x.Source.Url.Trim())
            .WithMessage("'{PropertyName}' is 'source.url': leave one out or give the same address in both.")
                .WithRule(ValidationCode.Conflicts, otherField: "source.url");
        RuleFor(x => x.Source!).SetValidator(new SourceInputValidator()).When(x => x.Source is not null);
        RuleFor(x => x.HostOrganizationId).IsOptionalId(nameof(Organization));
        RuleForEach(x => x.DistrictIds).IsId(nameof(District));
        RuleFor(x => x.DistrictIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'{PropertyName}' names a district twice.")
            .WithRule(ValidationCode.Duplicate);
    }
}

public sealed class CancelMeetingValidator : AbstractValidator<CancelMeetingInput>
{
    public CancelMeetingValidator()
    {
        RuleFor(x => x.Id).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
    }
}

public sealed class SetMeetingAgendaValidator : AbstractValidator<SetMeetingAgendaInput>
{
    public SetMeetingAgendaValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Items).NotNull().Must(items => items.Count <= 100).WithMessage("'{PropertyName}' may hold at most 100 items.")
            .WithRule(ValidationCode.MaxItems, max: 100);
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Title).IsText(Lengths.Text);
            item.RuleFor(i => i.Notes).IsOptionalText(Lengths.Text * 5);
        });
    }
}

public sealed class SetMeetingAttendeesValidator : AbstractValidator<SetMeetingAttendeesInput>
{
    public SetMeetingAttendeesValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Attendees).NotNull().Must(a => a.Count <= 500).WithMessage("'{PropertyName}' may hold at most 500 attendees.")
            .WithRule(ValidationCode.MaxItems, max: 500);
        RuleForEach(x => x.Attendees).ChildRules(attendee =>
        {
            attendee.RuleFor(a => a.PersonId).IsOptionalId(nameof(Person));
            attendee.RuleFor(a => a.OrganizationId).IsOptionalId(nameof(Organization))
                .Must((a, organization) => organization is not null || a.PersonId is not null)
                    .WithMessage("An attendee names a person, an organization or both.").WithRule(ValidationCode.OneOfRequired, otherField: "personId");
            attendee.RuleFor(a => a.Role).IsInEnum();
            attendee.RuleFor(a => a.Description).IsOptionalText(Lengths.Name);
        });
    }
}
