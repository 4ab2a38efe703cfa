namespace Hamahang.GraphQL.Types;

// The members are the specification's location names.
#pragma warning disable CA1720

/// <summary>
/// Where a directive may appear, in the order of graphql-js's <c>__DirectiveLocation</c> enum.
/// "ExecutableDirectiveLocation" and "TypeSystemDirectiveLocation" in
/// https://spec.graphql.org/September2025/#DirectiveLocations.
/// </summary>
public enum DirectiveLocation
{
    /// <summary>QUERY: a query operation.</summary>
    Query,

    /// <summary>MUTATION: a mutation operation.</summary>
    Mutation,

    /// <summary>SUBSCRIPTION: a subscription operation.</summary>
    Subscription,

    /// <summary>FIELD: a field selection.</summary>
    Field,

    /// <summary>FRAGMENT_DEFINITION: a fragment definition.</summary>
    FragmentDefinition,

    /// <summary>FRAGMENT_SPREAD: a fragment spread.</summary>
    FragmentSpread,

    /// <summary>INLINE_FRAGMENT: an inline fragment.</summary>
    InlineFragment,

    /// <summary>VARIABLE_DEFINITION: an operation's variable definition.</summary>
    VariableDefinition,

    /// <summary>FRAGMENT_VARIABLE_DEFINITION: a fragment's variable definition (graphql-js 17).</summary>
    FragmentVariableDefinition,

    /// <summary>SCHEMA: the schema definition.</summary>
    Schema,

    /// <summary>SCALAR: a scalar definition.</summary>
    Scalar,

    /// <summary>OBJECT: an object type definition.</summary>
    Object,

    /// <summary>FIELD_DEFINITION: a field definition.</summary>
    FieldDefinition,

    /// <summary>ARGUMENT_DEFINITION: an argument definition.</summary>
    ArgumentDefinition,

    /// <summary>INTERFACE: an interface definition.</summary>
    Interface,

    /// <summary>UNION: a union definition.</summary>
    Union,

    /// <summary>ENUM: an enum definition.</summary>
    Enum,

    /// <summary>ENUM_VALUE: an enum value definition.</summary>
    EnumValue,

    /// <summary>INPUT_OBJECT: an input object definition.</summary>
    InputObject,

    /// <summary>INPUT_FIELD_DEFINITION: an input field definition.</summary>
    InputFieldDefinition,

    /// <summary>DIRECTIVE_DEFINITION: a directive definition (graphql-js 17).</summary>
    DirectiveDefinition,
}

/// <summary>Converts <see cref="DirectiveLocation"/> to and from its SDL name (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    /// <summary>Every location name, in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The SDL name of <paramref name="location"/>.</summary>
    /// <param name="location">The location.</param>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>The location named <paramref name="name"/>, or null.</summary>
    /// <param name="name">An SDL location name.</param>
    public static DirectiveLocation? FromName(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? null : (DirectiveLocation)index;
    }
}
