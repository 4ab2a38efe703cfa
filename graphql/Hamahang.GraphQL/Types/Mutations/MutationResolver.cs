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
    /// <param name="errors">How the exceptions reported as data become errors.</param>
    public static FieldResolver Create(
        FieldResolver next,
        Func<IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, object?>>? arguments,
        bool payload,
        IReadOnlyList<ErrorMapping> errors)
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
    /// <param name="errors">How declared exceptions become errors.</param>
    public static IReadOnlyList<object>? Declared(Exception exception, IReadOnlyList<ErrorMapping> errors)
    {
        if (MappingOf(exception, errors) is { } mapping)
        {
            return [mapping.Create(exception)];
        }

        if (exception is AggregateException aggregate)
        {
            var declared = new List<object>();
            foreach (var inner in aggregate.Flatten().InnerExceptions)
            {
                if (MappingOf(inner, errors) is not { } innerMapping)
                {
                    return null;
                }

                declared.Add(innerMapping.Create(inner));
            }

            return declared.Count > 0 ? declared : null;
        }

        return null;
    }

    // The mapping of the most derived declared exception type that the exception is an instance of.
    private static ErrorMapping? MappingOf(Exception exception, IReadOnlyList<ErrorMapping> errors)
    {
        ErrorMapping? best = null;
        foreach (var mapping in errors)
        {
            if (mapping.Exception.IsInstanceOfType(exception) && (best is null || best.Exception.IsAssignableFrom(mapping.Exception)))
            {
                best = mapping;
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
