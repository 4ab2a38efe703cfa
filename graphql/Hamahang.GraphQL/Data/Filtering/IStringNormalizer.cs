namespace Hamahang.GraphQL.Data;

/// <summary>
/// Normalises text for search: the value a client filters with is normalised the same way as the shadow
/// member <see cref="NormalizedSearchAttribute"/> names, so matching ignores the differences the normaliser
/// removes. Needs a public parameterless constructor.
/// </summary>
public interface IStringNormalizer
{
    /// <summary>Says, for the filter field's description, what the normalisation ignores.</summary>
    string Description { get; }

    /// <summary>The normalised form of <paramref name="value"/>.</summary>
    /// <param name="value">A client's filter value.</param>
    string Normalize(string value);
}
