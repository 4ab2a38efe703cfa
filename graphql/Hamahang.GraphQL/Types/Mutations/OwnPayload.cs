namespace Hamahang.GraphQL.Types.Mutations;

/// <summary>
/// A payload type the app wrote itself (its name is already <c>FooBarPayload</c>) for a mutation that declares
/// errors: its fields become nullable and read null when the mutation failed, and it gains the
/// <c>errors</c> field, which reads null when the mutation succeeded. On failure the payload's value is a
/// <see cref="MutationPayload"/>; on success, the app's own object.
/// </summary>
internal static class OwnPayload
{
    /// <summary>Rewrites <paramref name="payload"/>'s fields and adds <paramref name="errors"/>.</summary>
    /// <param name="payload">The app's payload type.</param>
    /// <param name="errors">The <c>errors: [FooBarError!]</c> field, without a resolver.</param>
    public static void AddErrors(ObjectType payload, FieldDefinition errors)
    {
        if (payload.GetField(errors.Name) is not null)
        {
            throw new InvalidOperationException($"The payload type \"{payload.Name}\" already has a field \"{errors.Name}\"; the mutation conventions add it " +
                "for the declared errors.");
        }

        foreach (var field in payload.Fields)
        {
            NullWhenFailed(field);
        }

        errors.PureResolver = p => (p as MutationPayload)?.Errors;
        payload.AddField(errors);
    }

    private static void NullWhenFailed(FieldDefinition field)
    {
        if (field.Type is NonNullType nonNull)
        {
            field.Type = nonNull.OfType;
        }

        // The executor prefers the pure resolver when there is one.
        if (field.PureResolver is not null || field.Resolver is null)
        {
            var name = field.Name;
            var pure = field.PureResolver ?? (p => DefaultResolvers.ReadMember(p, name));
            field.PureResolver = p => p is MutationPayload ? null : pure(p);
        }
        else
        {
            var resolver = field.Resolver;
            field.Resolver = c => c.Parent is MutationPayload ? new ValueTask<object?>((object?)null) : resolver(c);
        }
    }
}
