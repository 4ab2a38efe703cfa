namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// One input field that failed its validator; a mutation's payload shows it as a <c>ValidationError</c>
/// naming the field by its path in the input (<c>title</c>, <c>attendees[1].personId</c>). A mutation
/// whose input fails on several fields throws them together in an <see cref="AggregateException"/>.
/// </summary>
public sealed class ValidationException : Exception
{
    public ValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The failing field's path in the mutation's input, as the client spells it.</summary>
    public string Field { get; }
}
