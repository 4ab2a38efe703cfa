namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// The resolver of a mutation rewritten by the conventions: gives the original resolver its arguments
/// from the <c>input</c> object, wraps its result in a <see cref="MutationPayload"/>, and turns the
/// exceptions the mutation declares into payload errors. Any other exception stays a field error.
/// See https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors.
/// </summary>
internal static class MutationResolver
{
    /// <summary>Wraps <paramref name="next"/>.</summary>
    /// <param name="next">The resolver the member was compiled to.</param>
    /// <param name="arguments">Maps the field's arguments (<c>input</c>) to the ones <paramref name="next"/> reads; null to keep them.</param>
    /// <param name="payload">
    /// True to return a <see cref="MutationPayload"/>; false when the result is the app's own payload, which a
    /// <see cref="MutationPayload"/> replaces only when the mutation failed (see <see cref="OwnPayload"/>).
    /// </param>
    /// <param name="errors">The error types of the exceptions reported as data (their runtime types are the exception types).</param>
    public static FieldResolver Create(
        FieldResolver next,
        Func<IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, object?>>? arguments,
        bool payload,
        IReadOnlyList<ObjectType> errors)
    {
        var resolver = arguments is null ? next : c => next(new InputResolverContext(c, arguments(c.Arguments)));
        if (errors.Count == 0)
        {
            return payload ? c => Succeeded(resolver(c)) : resolver;
        }

        return async c =>
        {
            try
            {
                var result = await resolver(c).ConfigureAwait(false);
                return payload ? new MutationPayload(result, null) : result;
            }
            catch (Exception exception) when (Declared(exception, errors) is { } declared)
            {
                return new MutationPayload(null, declared);
            }
        };
    }

    /// <summary>
    /// The errors <paramref name="exception"/> stands for when the mutation declares it: itself, or the inner
    /// exceptions of an <see cref="AggregateException"/> when every one is declared; else null.
    /// </summary>
    /// <param name="exception">What the resolver threw.</param>
    /// <param name="errors">The error types of the declared exceptions.</param>
    public static IReadOnlyList<MutationError>? Declared(Exception exception, IReadOnlyList<ObjectType> errors)
    {
        if (TypeOf(exception, errors) is { } type)
        {
            return [new MutationError(exception, type)];
        }

        if (exception is AggregateException aggregate)
        {
            var declared = new List<MutationError>();
            foreach (var inner in aggregate.Flatten().InnerExceptions)
            {
                if (TypeOf(inner, errors) is not { } innerType)
                {
                    return null;
                }

                declared.Add(new MutationError(inner, innerType));
            }

            return declared.Count > 0 ? declared : null;
        }

        return null;
    }

    // The error type of the most derived declared exception type that the exception is an instance of.
    private static ObjectType? TypeOf(Exception exception, IReadOnlyList<ObjectType> errors)
    {
        ObjectType? best = null;
        foreach (var type in errors)
        {
            if (type.RuntimeType!.IsInstanceOfType(exception) && (best is null || best.RuntimeType!.IsAssignableFrom(type.RuntimeType)))
            {
                best = type;
            }
        }

        return best;
    }

    private static ValueTask<object?> Succeeded(ValueTask<object?> result)
    {
        return result.IsCompletedSuccessfully ? new(new MutationPayload(result.Result, null)) : Await(result);

        static async ValueTask<object?> Await(ValueTask<object?> result) => new MutationPayload(await result.ConfigureAwait(false), null);
    }
}
