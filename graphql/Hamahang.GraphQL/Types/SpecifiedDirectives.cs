using Hamahang.GraphQL.Language;
namespace Hamahang.GraphQL.Types;

/// <summary>
/// The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c>, defined as graphql-js 17 defines them.
/// See https://spec.graphql.org/September2025/#sec-Type-System.Directives.Built-in-Directives.
/// </summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>@include(if: Boolean!): https://spec.graphql.org/September2025/#sec--include.</summary>
    public static DirectiveDefinition Include { get; } = Conditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    /// <summary>@skip(if: Boolean!): https://spec.graphql.org/September2025/#sec--skip.</summary>
    public static DirectiveDefinition Skip { get; } = Conditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    /// <summary>@deprecated(reason: String! = "No longer supported"): https://spec.graphql.org/September2025/#sec--deprecated.</summary>
    public static DirectiveDefinition Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
            DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION,
        ],
        new ArgumentDefinition("reason", new NonNullType(BuiltInScalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted " +
                "using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = DefaultDeprecationReason,
        });

    /// <summary>@specifiedBy(url: String!): https://spec.graphql.org/September2025/#sec--specifiedBy.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.SCALAR],
        new ArgumentDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." });

    /// <summary>@oneOf: https://spec.graphql.org/September2025/#sec--oneOf.</summary>
    public static DirectiveDefinition OneOf { get; } = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.INPUT_OBJECT]);

    /// <summary>All five, in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True when <paramref name="name"/> names a specified directive.</summary>
    /// <param name="name">A directive name.</param>
    public static bool IsSpecified(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription) => Create(
        name,
        description,
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        new ArgumentDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });

    private static DirectiveDefinition Create(string name, string description, DirectiveLocation[] locations, params ArgumentDefinition[] arguments)
    {
        var directive = new DirectiveDefinition(name) { Description = description };
        directive.AddLocations(locations);
        foreach (var argument in arguments)
        {
            directive.AddArgument(argument);
        }

        directive.Freeze();
        return directive;
    }
}
