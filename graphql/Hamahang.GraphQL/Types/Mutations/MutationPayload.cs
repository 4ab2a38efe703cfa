namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// The value of a <c>XPayload</c> object at run time: the resolver's result, or the declared errors it
/// threw. The payload's fields read it, whatever the mutation.
/// </summary>
/// <param name="Result">What the resolver returned; null when it failed.</param>
/// <param name="Errors">The errors reported as data; null on success.</param>
internal sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors)
{
    /// <summary>Reads <see cref="Result"/> from a payload value.</summary>
    public static object? ReadResult(object? payload) => ((MutationPayload)payload!).Result;

    /// <summary>Reads <see cref="Errors"/> from a payload value.</summary>
    public static object? ReadErrors(object? payload) => ((MutationPayload)payload!).Errors;
}

/// <summary>
/// An error of a payload's <c>errors</c> list made from an exception type: the exception and the error object type
/// it is reported as. (An exception is not itself the value: the executor takes an exception as a resolver's
/// failure.) Errors made by an app's error class are that class's objects.
/// </summary>
/// <param name="Exception">The declared exception the resolver threw.</param>
/// <param name="Type">Its error type: the one made for the most derived declared type it is an instance of.</param>
internal sealed record MutationError(Exception Exception, ObjectType Type)
{
    /// <summary>Resolves an error value's object type (the <c>Error</c> interface's and the error unions' <c>ResolveType</c>).</summary>
    public static ObjectType? ResolveType(object value, Schema schema) =>
        (value as MutationError)?.Type ?? schema.GetObjectTypeByRuntimeType(value.GetType());

    /// <summary>The exception of an error value, for the error type's fields.</summary>
    public static Exception ExceptionOf(object? value) => ((MutationError)value!).Exception;
}

/// <summary>One way a mutation reports exceptions as data.</summary>
/// <param name="Exception">The exception type it catches (and its subclasses).</param>
/// <param name="Type">The error object type.</param>
/// <param name="Create">Makes the error value from a caught exception.</param>
internal sealed record ErrorMapping(Type Exception, ObjectType Type, Func<Exception, object> Create);
