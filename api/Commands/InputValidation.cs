using System.Text;
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

        var errors = result.Errors
            .Select(f => new ValidationException(FieldPath(f.PropertyName), f.ErrorMessage))
            .ToList();
        throw errors.Count == 1 ? errors[0] : new AggregateException("The input is not valid.", errors);
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
