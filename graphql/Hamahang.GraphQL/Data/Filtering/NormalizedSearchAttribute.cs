namespace Hamahang.GraphQL.Data;

/// <summary>
/// String filter operations on the marked property compare <see cref="ShadowMember"/> (a column holding the
/// normalised text, possibly a database-only shadow column) with the client's value normalised by
/// <see cref="Normalizer"/>. The field of the filter input says so in its description.
/// </summary>
/// <param name="shadowMember">The member holding the normalised text.</param>
/// <param name="normalizer">A type implementing <see cref="IStringNormalizer"/>.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class NormalizedSearchAttribute(string shadowMember, Type normalizer) : Attribute
{
    /// <summary>The member holding the normalised text.</summary>
    public string ShadowMember { get; } = shadowMember;

    /// <summary>The <see cref="IStringNormalizer"/> type.</summary>
    public Type Normalizer { get; } = normalizer;

    /// <summary>An instance of <see cref="Normalizer"/>.</summary>
    public IStringNormalizer CreateNormalizer() =>
        Activator.CreateInstance(Normalizer) as IStringNormalizer
        ?? throw new InvalidOperationException($"{Normalizer} does not implement {nameof(IStringNormalizer)}.");
}
