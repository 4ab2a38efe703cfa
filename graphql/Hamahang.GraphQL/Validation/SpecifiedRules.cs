using Hamahang.GraphQL.Validation.Rules;

namespace Hamahang.GraphQL.Validation;

/// <summary>
/// The validation rules of the specification, in the specification's order, as graphql-js 17.1.0's
/// <c>specifiedRules</c> lists them (its defer/stream rules and its recommended introspection depth
/// rule included). Every document is checked against all of them in one walk.
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public static class SpecifiedRules
{
    /// <summary>All the rules, in order.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        // Spec Section: "Executable Definitions"
        new ExecutableDefinitionsRule(),

        // Spec Section: "Operation Type Existence"
        new KnownOperationTypesRule(),

        // Spec Section: "Operation Name Uniqueness"
        new UniqueOperationNamesRule(),

        // Spec Section: "Lone Anonymous Operation"
        new LoneAnonymousOperationRule(),

        // Spec Section: "Single Root Field"
        new SingleFieldSubscriptionsRule(),

        // Spec Section: "Fragment Spread Type Existence"
        new KnownTypeNamesRule(),

        // Spec Section: "Fragments On Composite Types"
        new FragmentsOnCompositeTypesRule(),

        // Spec Section: "Variables Are Input Types"
        new VariablesAreInputTypesRule(),

        // Spec Section: "Leaf Field Selections"
        new ScalarLeafsRule(),

        // Spec Section: "Field Selections"
        new FieldsOnCorrectTypeRule(),

        // Spec Section: "Fragment Name Uniqueness"
        new UniqueFragmentNamesRule(),

        // Spec Section: "Fragment Spread Target Defined"
        new KnownFragmentNamesRule(),

        // Spec Section: "Fragments Must Be Used"
        new NoUnusedFragmentsRule(),

        // Spec Section: "Fragment Spread Is Possible"
        new PossibleFragmentSpreadsRule(),

        // Spec Section: "Fragment Spreads Must Not Form Cycles"
        new NoFragmentCyclesRule(),

        // Spec Section: "Variable Uniqueness"
        new UniqueVariableNamesRule(),

        // Spec Section: "All Variable Uses Defined"
        new NoUndefinedVariablesRule(),

        // Spec Section: "All Variables Used"
        new NoUnusedVariablesRule(),

        // Spec Section: "Directives Are Defined" and "Directives Are In Valid Locations"
        new KnownDirectivesRule(),

        // Spec Section: "Directives Are Unique Per Location"
        new UniqueDirectivesPerLocationRule(),

        // Spec Section: "Defer And Stream Directives Are Used On Valid Root Field" (incremental delivery proposal)
        new DeferStreamDirectiveOnRootFieldRule(),

        // Spec Section: "Defer And Stream Directives Are Used On Valid Operations" (incremental delivery proposal)
        new DeferStreamDirectiveOnValidOperationsRule(),

        // Spec Section: "Defer And Stream Directive Labels Are Unique" (incremental delivery proposal)
        new DeferStreamDirectiveLabelRule(),

        // Spec Section: "Stream Directives Are Used On List Fields" (incremental delivery proposal)
        new StreamDirectiveOnListFieldRule(),

        // Spec Section: "Argument Names"
        new KnownArgumentNamesRule(),

        // Spec Section: "Argument Uniqueness"
        new UniqueArgumentNamesRule(),

        // Spec Section: "Values of Correct Type"
        new ValuesOfCorrectTypeRule(),

        // Spec Section: "Required Arguments"
        new ProvidedRequiredArgumentsRule(),

        // Spec Section: "All Variable Usages Are Allowed"
        new VariablesInAllowedPositionRule(),

        // Spec Section: "Field Selection Merging"
        new OverlappingFieldsCanBeMergedRule(),

        // Spec Section: "Input Object Field Uniqueness"
        new UniqueInputFieldNamesRule(),

        // Introspection depth (graphql-js recommendedRules)
        new MaxIntrospectionDepthRule(),
    ];
}
