namespace Hamahang.GraphQL.Types;

/// <summary>
/// Applies the mutation conventions of <see cref="SchemaBuilder.AddMutationConventions"/> to one mutation
/// (needed only when they are not applied to every mutation) and overrides their names for it, or opts the
/// mutation out with <see cref="Disable"/>, as HotChocolate's <c>[UseMutationConvention]</c> does.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The input object's name instead of <c>{MutationName}Input</c>.</summary>
    public string? InputTypeName { get; set; }

    /// <summary>The argument's name instead of <c>input</c>.</summary>
    public string? InputArgumentName { get; set; }

    /// <summary>The payload's name instead of <c>{MutationName}Payload</c>.</summary>
    public string? PayloadTypeName { get; set; }

    /// <summary>The name of the payload field holding the result instead of the result type's name in camelCase.</summary>
    public string? PayloadFieldName { get; set; }

    /// <summary>The error union's name instead of <c>{MutationName}Error</c>.</summary>
    public string? PayloadErrorTypeName { get; set; }

    /// <summary>True to leave the mutation as it is written.</summary>
    public bool Disable { get; set; }
}
