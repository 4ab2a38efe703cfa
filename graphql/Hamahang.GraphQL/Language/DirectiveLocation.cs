using System.Diagnostics.CodeAnalysis;

namespace Hamahang.GraphQL.Language;

/// <summary>
/// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation, the places a directive may be used.
/// Members are named as the grammar spells them, so <c>Enum.TryParse</c> reads a location name.
/// See https://spec.graphql.org/September2025/#DirectiveLocations .
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named as the grammar spells them.")]
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Named as the grammar spells them.")]
public enum DirectiveLocation
{
    /// <summary>On a query operation.</summary>
    QUERY,

    /// <summary>On a mutation operation.</summary>
    MUTATION,

    /// <summary>On a subscription operation.</summary>
    SUBSCRIPTION,

    /// <summary>On a field selection.</summary>
    FIELD,

    /// <summary>On a fragment definition.</summary>
    FRAGMENT_DEFINITION,

    /// <summary>On a fragment spread.</summary>
    FRAGMENT_SPREAD,

    /// <summary>On an inline fragment.</summary>
    INLINE_FRAGMENT,

    /// <summary>On a variable definition.</summary>
    VARIABLE_DEFINITION,

    /// <summary>On a fragment's variable definition (graphql-js 17's experimental fragment arguments).</summary>
    FRAGMENT_VARIABLE_DEFINITION,

    /// <summary>On a schema definition.</summary>
    SCHEMA,

    /// <summary>On a scalar type definition.</summary>
    SCALAR,

    /// <summary>On an object type definition.</summary>
    OBJECT,

    /// <summary>On a field definition.</summary>
    FIELD_DEFINITION,

    /// <summary>On an argument definition.</summary>
    ARGUMENT_DEFINITION,

    /// <summary>On an interface type definition.</summary>
    INTERFACE,

    /// <summary>On a union type definition.</summary>
    UNION,

    /// <summary>On an enum type definition.</summary>
    ENUM,

    /// <summary>On an enum value definition.</summary>
    ENUM_VALUE,

    /// <summary>On an input object type definition.</summary>
    INPUT_OBJECT,

    /// <summary>On an input field definition.</summary>
    INPUT_FIELD_DEFINITION,

    /// <summary>On a directive definition (graphql-js 17).</summary>
    DIRECTIVE_DEFINITION,
}

/// <summary>Reads directive location names.</summary>
public static class DirectiveLocations
{
    /// <summary>Reads a directive location name as the grammar spells it (case-sensitive).</summary>
    /// <param name="name">The name, e.g. "FIELD_DEFINITION".</param>
    /// <param name="location">The location, when the name is one.</param>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        ArgumentNullException.ThrowIfNull(name);
        location = default;
        return name.Length > 0 && char.IsAsciiLetterUpper(name[0])
            && Enum.TryParse(name, ignoreCase: false, out location)
            && Enum.IsDefined(location);
    }
}
