using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// The <c>extensions.code</c> values of the errors <see cref="RequestLimitsAnalyzer"/> reports, one per
/// limit of <see cref="RequestLimits"/> (DESIGN.md, "Errors outside the schema carry extensions.code").
/// </summary>
public static class LimitErrorCodes
{
    /// <summary>The operation nests fields deeper than <see cref="RequestLimits.MaxExecutionDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation has more aliases than <see cref="RequestLimits.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects more fields than <see cref="RequestLimits.MaxFields"/>.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>A location carries more directives than <see cref="RequestLimits.MaxDirectivesPerLocation"/>.</summary>
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";

    /// <summary>One selection set writes a response name more often than <see cref="RequestLimits.MaxFieldDuplicates"/>.</summary>
    public const string MaxFieldDuplicatesExceeded = "MAX_FIELD_DUPLICATES_EXCEEDED";

    /// <summary>A <c>nodes(ids:)</c> selection asks for more ids than <see cref="RequestLimits.MaxNodesIds"/>.</summary>
    public const string MaxNodesExceeded = ErrorCodes.FetchedTooManyNodesAtOnce;

    /// <summary>The field cost or the type cost is above <see cref="RequestLimits.MaxFieldCost"/> or <see cref="RequestLimits.MaxTypeCost"/>.</summary>
    public const string CostExceeded = ErrorCodes.CostExceeded;

    /// <summary>
    /// A field whose <c>@listSize</c> has <c>requireOneSlicingArgument: true</c> was given none or several
    /// of its slicing arguments (https://ibm.github.io/graphql-specs/cost-spec.html#sec-requireOneSlicingArgument).
    /// </summary>
    public const string SlicingArgumentRequired = ErrorCodes.OneSlicingArgumentRequired;
}
