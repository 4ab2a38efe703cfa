namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The limits that protect a GraphQL server from documents that are valid but too large to run:
/// execution depth, aliases, fields, directives per location, the size of <c>nodes(ids:)</c>, and
/// the field and type cost of the IBM cost specification (https://ibm.github.io/graphql-specs/cost-spec.html)
/// as HotChocolate 14 computes it. Every limit is on by default; set one to <c>null</c> to turn it off.
/// Fragments count toward every limit once per use (a fragment spread twice counts twice); the counts
/// are computed arithmetically, one pass per operation with the result of each fragment remembered,
/// so no document, however its fragments fan out or cycle, makes the analysis loop or take long.
/// Checked by <see cref="RequestLimitsAnalyzer"/>.
/// </summary>
public sealed record RequestLimits
{
    /// <summary>The limits used when none are given: every default below.</summary>
    public static RequestLimits Default { get; } = new();

    /// <summary>Every limit off, the cost defaults kept (for reporting cost without enforcing it).</summary>
    public static RequestLimits None { get; } = new()
    {
        MaxExecutionDepth = null,
        MaxAliases = null,
        MaxFields = null,
        MaxDirectivesPerLocation = null,
        MaxFieldDuplicates = null,
        MaxNodesIds = null,
        MaxFieldCost = null,
        MaxTypeCost = null,
    };

    /// <summary>
    /// The deepest field nesting allowed (default 15, HotChocolate's usual setting). A root field has
    /// depth 1, its subfields depth 2, and so on; fragments add no level of their own. Introspection
    /// fields (<c>__typename</c>, <c>__schema</c>, <c>__type</c>) count like any field, as in
    /// HotChocolate's default (<c>skipIntrospectionFields: false</c>).
    /// Reported with code <see cref="LimitErrorCodes.MaxDepthExceeded"/>.
    /// </summary>
    public int? MaxExecutionDepth { get; init; } = 15;

    /// <summary>
    /// The most aliased fields allowed in the operation, fragments expanded (default 30).
    /// Reported with code <see cref="LimitErrorCodes.MaxAliasesExceeded"/>.
    /// </summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>
    /// The most field selections allowed in the operation, fragments expanded (default 1 000);
    /// <c>__typename</c> counts. Reported with code <see cref="LimitErrorCodes.MaxFieldsExceeded"/>.
    /// </summary>
    public int? MaxFields { get; init; } = 1_000;

    /// <summary>
    /// The most directives allowed at one location: an operation, a variable definition, a field, a
    /// fragment spread, an inline fragment or a fragment definition (default 5: <c>@skip</c>,
    /// <c>@include</c>, <c>@defer</c> or <c>@stream</c> and two of our own leave room; repeating a
    /// repeatable directive hundreds of times is an attack, not a need).
    /// Reported with code <see cref="LimitErrorCodes.MaxDirectivesExceeded"/>.
    /// </summary>
    public int? MaxDirectivesPerLocation { get; init; } = 5;

    /// <summary>
    /// The most times one response name (a field's alias or name) may be written in one selection set
    /// (default 5). Repeated selections merge into one, so repeating is never needed, but each copy costs
    /// validation work (graphql-cop's "field duplication" probe sends <c>__typename</c> 500 times).
    /// Checked on the syntax, before validation (<see cref="RequestLimitsPrecheck"/>).
    /// Reported with code <see cref="LimitErrorCodes.MaxFieldDuplicatesExceeded"/>.
    /// </summary>
    public int? MaxFieldDuplicates { get; init; } = 5;

    /// <summary>
    /// The most ids one <c>nodes(ids:)</c> selection may ask for (default 50): the length of the list
    /// literal, or of the variable's list value. Which arguments are limited: <see cref="NodesArguments"/>,
    /// and any field whose <c>Metadata</c> holds <see cref="NodesArgumentMetadataKey"/>.
    /// Reported with code <see cref="LimitErrorCodes.MaxNodesExceeded"/>.
    /// </summary>
    public int? MaxNodesIds { get; init; } = 50;

    /// <summary>
    /// The list arguments limited by <see cref="MaxNodesIds"/>, as schema coordinates
    /// (https://spec.graphql.org/September2025/#sec-Schema-Coordinates); default <c>Query.nodes(ids:)</c>.
    /// </summary>
    public IReadOnlyList<string> NodesArguments { get; init; } = ["Query.nodes(ids:)"];

    /// <summary>
    /// A key of <see cref="Types.TypeSystemMember.Metadata"/>: on a field, its value (a string) names the
    /// list argument that <see cref="MaxNodesIds"/> limits, as if its coordinate were in <see cref="NodesArguments"/>.
    /// </summary>
    public const string NodesArgumentMetadataKey = "Hamahang.Limits.NodesArgument";

    /// <summary>
    /// The highest field cost allowed (default 1 000, as HotChocolate): the cost of resolving the fields.
    /// Reported with code <see cref="LimitErrorCodes.CostExceeded"/>.
    /// </summary>
    public double? MaxFieldCost { get; init; } = 1_000;

    /// <summary>
    /// The highest type cost allowed (default 1 000, as HotChocolate): the number of objects the
    /// response may hold. Reported with code <see cref="LimitErrorCodes.CostExceeded"/>.
    /// </summary>
    public double? MaxTypeCost { get; init; } = 1_000;

    /// <summary>
    /// The size assumed for a list field that has no <c>@listSize</c> (default 1, as HotChocolate 14).
    /// </summary>
    public double DefaultListSize { get; init; } = 1;

    /// <summary>
    /// The weight of a field that has no <c>@cost</c> and runs a resolver of its own that is not pure
    /// (<see cref="Types.ResolverPurity.IsCharged"/>, HotChocolate's rule):
    /// default 10, HotChocolate's price of an async resolver. Null gives such fields the specification's
    /// defaults (1 for composite and list fields, 0 for leaves).
    /// </summary>
    public double? DefaultResolverCost { get; init; } = 10;
}
