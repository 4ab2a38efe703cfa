using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>Options of <see cref="BuildSchema"/>.</summary>
public sealed class BuildSchemaOptions
{
    /// <summary>Skips schema validation (graphql-js <c>assumeValid</c>); the schema may then be invalid.</summary>
    public bool AssumeValid { get; init; }

    /// <summary>Resolvers by field coordinate (<c>"Query.districts"</c>); other fields use the default resolver.</summary>
    public IReadOnlyDictionary<string, FieldResolver> Resolvers { get; init; } = new Dictionary<string, FieldResolver>();

    /// <summary>
    /// Scalar implementations by name, used in place of pass-through scalars for <c>scalar X</c> definitions
    /// (the SDL's description and <c>@specifiedBy</c> are ignored for these).
    /// </summary>
    public IReadOnlyDictionary<string, ScalarType> Scalars { get; init; } = new Dictionary<string, ScalarType>();
}
