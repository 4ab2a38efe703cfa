using FluentValidation;

namespace Hamahang.Api.Commands;

/// <summary>The rules inputs share: ids of the right type, required and bounded text.</summary>
public static class ValidationRules
{
    // The id's type was checked while the input was read ([ID(nameof(Type))]); what is left is a key the server
    // never issues (Meeting:0).
    public static IRuleBuilderOptions<T, int> IsId<T>(this IRuleBuilder<T, int> rule, string type) =>
        rule.GreaterThan(0).WithMessage($"'{{PropertyName}}' must be the id of a {type}.");

    public static IRuleBuilderOptions<T, int?> IsOptionalId<T>(this IRuleBuilder<T, int?> rule, string type) =>
        rule.Must(key => key is not { } value || value > 0).WithMessage($"'{{PropertyName}}' must be the id of a {type}.");

    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> IsOptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => text is null || !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must be left out or not be blank.")
            .MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, long> IsVersion<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("'{PropertyName}' must be the version the record was read at.");

    // Every date the domain stores must be one every display field can show (the *Jalali fields go through
    // Tehran's time zone and the Persian calendar, which end before DateTime does), so the window is narrow.
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    private const string DateRangeMessage = "'{PropertyName}' must be between 1900-01-01 and 2199-12-31.";

    public static IRuleBuilderOptions<T, DateTimeOffset> IsDomainInstant<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(InRange).WithMessage(DateRangeMessage);

    public static IRuleBuilderOptions<T, DateTimeOffset?> IsOptionalDomainInstant<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(instant => instant is not { } value || InRange(value)).WithMessage(DateRangeMessage);

    public static IRuleBuilderOptions<T, DateOnly?> IsOptionalDomainDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is not { } value || (value >= EarliestDate && value <= LatestDate)).WithMessage(DateRangeMessage);

    private static bool InRange(DateTimeOffset instant) =>
        instant.UtcDateTime >= EarliestDate.ToDateTime(TimeOnly.MinValue) && instant.UtcDateTime < LatestDate.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public static IRuleBuilderOptions<T, string?> IsOptionalUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.IsOptionalText(Data.Configurations.Lengths.Url)
            .Must(url => url is null
                || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("'{PropertyName}' must be an http or https address.");

    public static IRuleBuilderOptions<T, string?> IsIdempotencyKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.IsOptionalText(Data.Idempotency.MaxKeyLength);
}
