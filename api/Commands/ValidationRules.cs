using FluentValidation;

namespace Hamahang.Api.Commands;

/// <summary>The rules inputs share: ids of the right type, required and bounded text.</summary>
public static class ValidationRules
{
    public static IRuleBuilderOptions<T, string?> IsId<T>(this IRuleBuilder<T, string?> rule, string type) =>
        rule.Must(id => Ids.TryKey(id, type, out _)).WithMessage($"'{{PropertyName}}' must be the id of a {type}.");

    public static IRuleBuilderOptions<T, string?> IsOptionalId<T>(this IRuleBuilder<T, string?> rule, string type) =>
        rule.Must(id => id is null || Ids.TryKey(id, type, out _)).WithMessage($"'{{PropertyName}}' must be the id of a {type}.");

    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> IsOptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(text => text is null || !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must be left out or not be blank.")
            .MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, long> IsVersion<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("'{PropertyName}' must be the version the record was read at.");

    public static IRuleBuilderOptions<T, string?> IsIdempotencyKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.IsOptionalText(Data.Idempotency.MaxKeyLength);
}
