using Hamahang.GraphQL.Types;

namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// One input field that failed its validator; a mutation's payload shows it as a <c>ValidationError</c>
/// naming the field by its path in the input (<c>title</c>, <c>attendees[1].personId</c>) and the rule it broke by
/// its <see cref="ValidationCode"/>, so that a client words it in its own language without reading the English
/// message. A mutation whose input fails on several fields throws them together in an <see cref="AggregateException"/>.
/// </summary>
public sealed class ValidationException : Exception
{
    public ValidationException(string field, string message, ValidationCode code, string? min = null, string? max = null, string? otherField = null)
        : base(message)
    {
        Field = field;
        Code = code;
        Min = min;
        Max = max;
        OtherField = otherField;
    }

    [GraphQLDescription("The failing field's path in the mutation's input, as the client spells it (title, attendees[1].personId).")]
    public string Field { get; }

    [GraphQLDescription("The rule the field broke.")]
    public ValidationCode Code { get; }

    [GraphQLDescription("The lower bound the rule names (BETWEEN, AT_LEAST), as text: a number, or a date as yyyy-MM-dd.")]
    public string? Min { get; }

    [GraphQLDescription("The upper bound the rule names (BETWEEN, MAX_LENGTH, MAX_ITEMS), as text: a number, or a date as yyyy-MM-dd.")]
    public string? Max { get; }

    [GraphQLDescription("The path of the other field the rule compares with or depends on, in the same input (phases[0].startsAt).")]
    public string? OtherField { get; }
}
