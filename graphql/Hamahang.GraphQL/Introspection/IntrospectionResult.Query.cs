namespace Hamahang.GraphQL.Introspection;

/// <content>The selections of graphql-js's <c>getIntrospectionQuery</c> with every option on.</content>
public static partial class IntrospectionResult
{
    private static readonly Selection[] TypeRef = TypeRefSelections(9);

    private static readonly Selection[] InputValue =
    [
        new("name"), new("description"), new("type", TypeRef), new("defaultValue"), new("isDeprecated"), new("deprecationReason"),
    ];

    private static readonly Dictionary<string, object?> IncludeDeprecated = new() { ["includeDeprecated"] = true };

    private static readonly Selection[] FullType =
    [
        new("kind"), new("name"), new("description"), new("specifiedByURL"), new("isOneOf"),
        new(
            "fields",
            IncludeDeprecated,
            [new("name"), new("description"), new("args", IncludeDeprecated, InputValue), new("type", TypeRef), new("isDeprecated"), new("deprecationReason")]),
        new("inputFields", IncludeDeprecated, InputValue),
        new("interfaces", TypeRef),
        new("enumValues", IncludeDeprecated, [new("name"), new("description"), new("isDeprecated"), new("deprecationReason")]),
        new("possibleTypes", TypeRef),
    ];

    private static readonly Selection Query = new("__schema",
    [
        new("description"),
        new("queryType", [new("name"), new("kind")]),
        new("mutationType", [new("name"), new("kind")]),
        new("subscriptionType", [new("name"), new("kind")]),
        new("types", FullType),
        new("directives", IncludeDeprecated,
        [
            new("name"), new("description"), new("isRepeatable"), new("isDeprecated"), new("deprecationReason"), new("locations"),
            new("args", IncludeDeprecated, InputValue),
        ]),
    ]);

    private static Selection[] TypeRefSelections(int depth) =>
        depth == 0 ? [new("kind"), new("name")] : [new("kind"), new("name"), new("ofType", TypeRefSelections(depth - 1))];

    /// <summary>One field of the query, with its arguments and sub-selections.</summary>
    private sealed record Selection(string Name, IReadOnlyDictionary<string, object?> Arguments, IReadOnlyList<Selection> Children)
    {
        public Selection(string name)
            : this(name, new Dictionary<string, object?>(), [])
        {
        }

        public Selection(string name, IReadOnlyList<Selection> children)
            : this(name, new Dictionary<string, object?>(), children)
        {
        }
    }
}
