using FluentValidation;
using Hamahang.Api.Commands;
using Hamahang.Api.Data.Configurations;
using Hamahang.Api.Domain;
using Hamahang.GraphQL.Types;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Meetings;

/// <summary>Replaces the sites visited after a meeting (بازدید), in order, with their notes and photos' captions.</summary>
public sealed record SetMeetingSiteVisitsInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<SiteVisitInput> Visits { get; init; }
}

public sealed record SiteVisitInput
{
    [ID(nameof(Site))]
    public required int SiteId { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<string>? PhotoCaptions { get; init; }
}

/// <summary>Replaces a meeting's tags (the hashtags of the source posts, with or without «#»).</summary>
public sealed record SetMeetingTagsInput
{
    [ID(nameof(Meeting))]
    public required int MeetingId { get; init; }

    public long Version { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }
}

public sealed class SetMeetingSiteVisitsValidator : AbstractValidator<SetMeetingSiteVisitsInput>
{
    public SetMeetingSiteVisitsValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Visits).NotNull().Must(visits => visits.Count <= 50).WithMessage("'{PropertyName}' may hold at most 50 visits.")
            .WithRule(ValidationCode.MaxItems, max: 50);
        RuleForEach(x => x.Visits).ChildRules(visit =>
        {
            visit.RuleFor(v => v.SiteId).IsId(nameof(Site));
            visit.RuleFor(v => v.Notes).IsOptionalText(Lengths.Text);
            visit.RuleFor(v => v.PhotoCaptions).Must(c => c is null || c.Count <= 50).WithMessage("'{PropertyName}' may hold at most 50 captions.")
                .WithRule(ValidationCode.MaxItems, max: 50);
            visit.RuleForEach(v => v.PhotoCaptions).IsText(Lengths.Text);
        });
    }
}

public sealed class SetMeetingTagsValidator : AbstractValidator<SetMeetingTagsInput>
{
    public SetMeetingTagsValidator()
    {
        RuleFor(x => x.MeetingId).IsId(nameof(Meeting));
        RuleFor(x => x.Version).IsVersion();
        RuleFor(x => x.Tags).NotNull().Must(tags => tags.Count <= 30).WithMessage("'{PropertyName}' may hold at most 30 tags.")
                .WithRule(ValidationCode.MaxItems, max: 30)
            .Must(tags => tags.Select(t => t.Trim().TrimStart('#')).Distinct().Count() == tags.Count).WithMessage("'{PropertyName}' names a tag twice.")
                .WithRule(ValidationCode.Duplicate);
        RuleForEach(x => x.Tags).IsText(Lengths.Name).Must(t => t is not null && t.Trim().TrimStart('#').Length > 0)
            .WithMessage("'{PropertyName}' must be more than «#».").WithRule(ValidationCode.Required);
    }
}
