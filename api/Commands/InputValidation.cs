using System.Globalization;
using System.Text;
using FluentValidation.Results;
using FluentValidation;
using Hamahang.Api.GraphQL.Errors;
using ValidationException = Hamahang.Api.GraphQL.Errors.ValidationException;

namespace Hamahang.Api.Commands;

/// <summary>
/// Runs an input's FluentValidation validator before anything is read or written: each failure becomes a
/// <see cref="ValidationException"/> naming the field's path as the client spells it (camelCase, with list
/// indices), several together in one <see cref="AggregateException"/>.
/// </summary>
public static class InputValidation
{
    // Messages name fields as the client spells them ('title', not 'Title').
    static InputValidation() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldPath(member.Name);

    public static async Task ValidateInputAsync<T>(this IValidator<T> validator, T input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = await validator.ValidateAsync(input, cancellationToken);
        if (result.IsValid)
        {
            return;
        }

        var errors = result.Errors.Select(ExceptionOf).ToList();
        throw errors.Count == 1 ? errors[0] : new AggregateException("The input is not valid.", errors);
    }

    /// <summary>
    /// A failure as the error a client reads: its field's path, the English message, and the rule's code with its values.
    /// A rule coded with <see cref="ValidationRules.WithRule"/> carries them; a built-in rule is coded by its
    /// FluentValidation error code, its values read from the message's placeholders. A sibling field the rule names
    /// becomes a path in the same object (<c>phases[0].startsAt</c>).
    /// </summary>
    public static ValidationException ExceptionOf(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var field = FieldPath(failure.PropertyName);
        if (Enum.TryParse<ValidationCode>(failure.ErrorCode, out var code) && failure.CustomState is RuleValues values)
        {
            var parent = field.LastIndexOf('.') is var dot and >= 0 ? field[..(dot + 1)] : "";
            return new ValidationException(field, failure.ErrorMessage, code, values.Min, values.Max, values.OtherField is { } other ? parent + other : null);
        }

        string? Placeholder(string name) =>
            failure.FormattedMessagePlaceholderValues?.TryGetValue(name, out var value) == true ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        return failure.ErrorCode switch
        {
            "NotEmptyValidator" or "NotNullValidator" => new(field, failure.ErrorMessage, ValidationCode.Required),
            "NullValidator" => new(field, failure.ErrorMessage, ValidationCode.LeftOut),
            "MaximumLengthValidator" => new(field, failure.ErrorMessage, ValidationCode.MaxLength, max: Placeholder("MaxLength")),
            "InclusiveBetweenValidator" => new(field, failure.ErrorMessage, ValidationCode.Between, Placeholder("From"), Placeholder("To")),
            "GreaterThanOrEqualValidator" => new(field, failure.ErrorMessage, ValidationCode.AtLeast, Placeholder("ComparisonValue")),
            "EnumValidator" => new(field, failure.ErrorMessage, ValidationCode.NotAValue),
            _ => new(field, failure.ErrorMessage, ValidationCode.Other),
        };
    }

    /// <summary><c>Attendees[0].PersonId</c> as <c>attendees[0].personId</c>.</summary>
    public static string FieldPath(string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        var path = new StringBuilder(propertyName.Length);
        var startOfName = true;
        foreach (var c in propertyName)
        {
            path.Append(startOfName ? char.ToLowerInvariant(c) : c);
            startOfName = c == '.';
        }

        return path.ToString();
    }
}
