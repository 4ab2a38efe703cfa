using Hamahang.GraphQL.Types;

namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The rule a <c>ValidationError</c> reports, for a client to word in its own language (the message is English):
/// the values the sentence needs are beside it in <c>min</c>, <c>max</c> and <c>otherField</c>.
/// </summary>
[GraphQLDescription("The rule an input field broke, for a client to word in its own language; the values the sentence needs are in the error's " +
    "min, max and otherField.")]
public enum ValidationCode
{
    [GraphQLDescription("The field must be given (and not be empty).")]
    Required,

    [GraphQLDescription("This field or otherField must be given (or both).")]
    OneOfRequired,

    [GraphQLDescription("The text must be left out or hold something besides spaces.")]
    NotBlank,

    [GraphQLDescription("The text must be at most max characters long.")]
    MaxLength,

    [GraphQLDescription("The list must hold at most max items.")]
    MaxItems,

    [GraphQLDescription("The value must be between min and max, both included (numbers, or dates as yyyy-MM-dd).")]
    Between,

    [GraphQLDescription("The number must be at least min, or at least the value of otherField.")]
    AtLeast,

    [GraphQLDescription("The date must be after the one in otherField.")]
    After,

    [GraphQLDescription("The date must not be before the one in otherField.")]
    NotBefore,

    [GraphQLDescription("The field must be left out (otherField, when given, is the field that says so).")]
    LeftOut,

    [GraphQLDescription("The value does not fit the value of otherField (a precision, a flag).")]
    Needs,

    [GraphQLDescription("The value must differ from the value of otherField.")]
    Different,

    [GraphQLDescription("The value disagrees with otherField, which says the same thing: give one, or the same in both.")]
    Conflicts,

    [GraphQLDescription("The value is one of the enum's, but this mutation does not accept it.")]
    NotAllowed,

    [GraphQLDescription("The value is not one of the enum's values.")]
    NotAValue,

    [GraphQLDescription("The list names one item twice.")]
    Duplicate,

    [GraphQLDescription("The text must be an http or https address.")]
    Url,

    [GraphQLDescription("The id is not the id of a record of the type the field takes.")]
    Id,

    [GraphQLDescription("The version must be the one the record was read at (a positive number).")]
    Version,

    [GraphQLDescription("The value is the record's present one: nothing would change.")]
    Unchanged,

    [GraphQLDescription("A rule with no code of its own: the message says it.")]
    Other,
}
