using System.Globalization;
using FluentValidation;
using Hamahang.Api.GraphQL.Errors;

namespace Hamahang.Api.Commands;

/// <summary>The rules inputs share: ids of the right type, required and bounded text.</summary>
public static class ValidationRules
{
    // The id's type was checked while the input was read ([ID(nameof(Type))]); what is left is a key the server
    // never issues (Meeting:0).
    public static IRuleBuilderOptions<T, int> IsId<T>(this IRuleBuilder<T, int> rule, string type) =>
        rule.GreaterThan(0).WithMessage($"'{{PropertyName}}' must be the id of a {type}.").WithRule(ValidationCode.Id);

    public static IRuleBuilderOptions<T, int?> IsOptionalId<T>(this IRuleBuilder<T, int?> rule, string type) =>
        rule.Must(key => key is not { } value || value > 0).WithMessage($"'{{PropertyName}}' must be the id of a {type}.").WithRule(ValidationCode.Id);

    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> IsOptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => text is null || !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must be left out or not be blank.")
            .WithRule(ValidationCode.NotBlank)
            .MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, long> IsVersion<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("'{PropertyName}' must be the version the record was read at.").WithRule(ValidationCode.Version);

    // Every date the domain stores must be one every display field can show (the *Jalali fields go through
    // Tehran's time zone and the Persian calendar, which end before DateTime does), so the window is narrow.
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    private const string DateRangeMessage = "'{PropertyName}' must be between 1900-01-01 and 2199-12-31.";

    public static IRuleBuilderOptions<T, DateTimeOffset> IsDomainInstant<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(InRange).WithMessage(DateRangeMessage).InDateWindow();

    public static IRuleBuilderOptions<T, DateTimeOffset?> IsOptionalDomainInstant<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(instant => instant is not { } value || InRange(value)).WithMessage(DateRangeMessage).InDateWindow();

    public static IRuleBuilderOptions<T, DateOnly?> IsOptionalDomainDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is not { } value || (value >= EarliestDate && value <= LatestDate)).WithMessage(DateRangeMessage).InDateWindow();

    private static IRuleBuilderOptions<T, TProperty> InDateWindow<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule) =>
        rule.WithRule(ValidationCode.Between, min: EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            max: LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static bool InRange(DateTimeOffset instant) =>
        instant.UtcDateTime >= EarliestDate.ToDateTime(TimeOnly.MinValue) && instant.UtcDateTime < LatestDate.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public static IRuleBuilderOptions<T, string?> IsOptionalUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.IsOptionalText(Data.Configurations.Lengths.Url)
            .Must(url => url is null
                || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("'{PropertyName}' must be an http or https address.").WithRule(ValidationCode.Url);

    public static IRuleBuilderOptions<T, string?> IsIdempotencyKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.IsOptionalText(Data.Idempotency.MaxKeyLength);

    /// <summary>
    /// The <see cref="ValidationCode"/> a rule reports, with the values its sentence needs: a rule of our own (a
    /// <c>Must</c>) says it here, and so does a built-in rule whose message says more than the built-in's code would
    /// (a <c>Null()</c> that means "needs another precision"). The other built-in rules are coded by
    /// <see cref="InputValidation"/>. <paramref name="otherField"/> is a sibling field's name as the client spells it.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithRule<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, ValidationCode code,
        object? min = null, object? max = null, string? otherField = null) =>
        rule.WithErrorCode(code.ToString()).WithState(_ => new RuleValues(Text(min), Text(max), otherField));

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}

/// <summary>The values a coded rule's sentence needs, carried in FluentValidation's <c>CustomState</c>.</summary>
public sealed record RuleValues(string? Min, string? Max, string? OtherField);
