namespace Hamahang.GraphQL.Validation;

/// <summary>
/// Every message the validation rules report, in one place so their wording is reviewed together.
/// The wording is graphql-js 17's, word for word: clients and tools match on it.
/// </summary>
internal static class ValidationErrors
{
    public const string Aborted = "Validation aborted.";

    public const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    // Executable Definitions
    public static string NotExecutable(string? name) => $"The {(name is null ? "schema" : $"\"{name}\"")} definition is not executable.";

    // Operation Type Existence
    public static string UnsupportedOperation(string operation) => $"The {operation} operation is not supported by the schema.";

    // Operation Name Uniqueness
    public static string DuplicateOperationName(string name) => $"There can be only one operation named \"{name}\".";

    // Lone Anonymous Operation
    public const string AnonymousOperationNotAlone = "This anonymous operation must be the only defined operation.";

    // Single Root Field
    public static string SubscriptionSkipInclude(string? name) =>
        name is null
            ? "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."
            : $"Subscription \"{name}\" must not use `@skip` or `@include` directives in the top level selection.";

    public static string SubscriptionNoField(string? name) =>
        name is null ? "Anonymous Subscription must select one top level field." : $"Subscription \"{name}\" must select one top level field.";

    public static string SubscriptionManyFields(string? name) =>
        name is null ? "Anonymous Subscription must select only one top level field." : $"Subscription \"{name}\" must select only one top level field.";

    public static string SubscriptionIntrospection(string? name) =>
        name is null
            ? "Anonymous Subscription must not select an introspection top level field."
            : $"Subscription \"{name}\" must not select an introspection top level field.";

    // Fragment Spread Type Existence
    public static string UnknownType(string name, string didYouMean) => $"Unknown type \"{name}\".{didYouMean}";

    // Fragments On Composite Types
    public static string InlineFragmentOnNonComposite(string type) => $"Fragment cannot condition on non composite type \"{type}\".";

    public static string FragmentOnNonComposite(string fragment, string type) => $"Fragment \"{fragment}\" cannot condition on non composite type \"{type}\".";

    // Variables Are Input Types
    public static string NonInputVariable(string variable, string type) => $"Variable \"${variable}\" cannot be non-input type \"{type}\".";

    // Leaf Field Selections
    public static string SelectionOnLeaf(string field, string type) => $"Field \"{field}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string MissingSelection(string field, string type) => $"Field \"{field}\" of type \"{type}\" must have a selection of subfields. Did you " +
        $"mean \"{field} {{ ... }}\"?";

    // Field Selections
    public static string UnknownField(string field, string type, string didYouMean) => $"Cannot query field \"{field}\" on type \"{type}\".{didYouMean}";

    // Fragment Name Uniqueness
    public static string DuplicateFragmentName(string name) => $"There can be only one fragment named \"{name}\".";

    // Fragment Spread Target Defined
    public static string UnknownFragment(string name) => $"Unknown fragment \"{name}\".";

    // Fragments Must Be Used
    public static string UnusedFragment(string name) => $"Fragment \"{name}\" is never used.";

    // Fragment Spread Is Possible
    public static string ImpossibleInlineFragment(string parentType, string fragmentType) =>
        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    public static string ImpossibleFragmentSpread(string fragment, string parentType, string fragmentType) =>
        $"Fragment \"{fragment}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".";

    // Fragment Spreads Must Not Form Cycles
    public static string FragmentCycle(string fragment, string via) => $"Cannot spread fragment \"{fragment}\" within " +
        $"itself{(via.Length == 0 ? "." : $" via {via}.")}";

    // Variable Uniqueness
    public static string DuplicateVariable(string name) => $"There can be only one variable named \"${name}\".";

    // All Variable Uses Defined
    public static string UndefinedVariable(string variable, string? operation) =>
        operation is null ? $"Variable \"${variable}\" is not defined." : $"Variable \"${variable}\" is not defined by operation \"{operation}\".";

    // All Variables Used
    public static string UnusedVariable(string variable, string? operation) =>
        operation is null ? $"Variable \"${variable}\" is never used." : $"Variable \"${variable}\" is never used in operation \"{operation}\".";

    // Directives Are Defined
    public static string UnknownDirective(string name) => $"Unknown directive \"@{name}\".";

    // Directives Are In Valid Locations
    public static string MisplacedDirective(string name, string location) => $"Directive \"@{name}\" may not be used on {location}.";

    // Directives Are Unique Per Location
    public static string DuplicateDirective(string name) => $"The directive \"@{name}\" can only be used once at this location.";

    // Defer And Stream Directives
    public static string DeferOnRoot(string operation, string rootType) => $"Defer directive cannot be used on root {operation} type \"{rootType}\".";

    public static string StreamOnRoot(string operation, string rootType) => $"Stream directive cannot be used on root {operation} type \"{rootType}\".";

    public const string DeferOnSubscription = "Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to " +
        "`false`.";

    public const string StreamOnSubscription = "Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to " +
        "`false`.";

    public static string LabelNotStatic(string directive) => $"Argument \"@{directive}(label:)\" must be a static string.";

    public const string DuplicateLabel = "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive " +
        "usages.";

    public static string StreamOnNonList(string parentType, string field) => "Directive \"@stream\" cannot be used on non-list field " +
        $"\"{parentType}.{field}\".";

    // Argument Names
    public static string UnknownFieldArgument(
        string argument,
        string field,
        string didYouMean) => $"Unknown argument \"{argument}\" on field \"{field}\".{didYouMean}";

    public static string UnknownDirectiveArgument(string argument, string directive, string didYouMean) =>
        $"Unknown argument \"{argument}\" on directive \"@{directive}\".{didYouMean}";

    // Argument Uniqueness
    public static string DuplicateArgument(string name) => $"There can be only one argument named \"{name}\".";

    // Required Arguments
    public static string MissingFieldArgument(string argument, string type) => $"Argument \"{argument}\" of type \"{type}\" is required, but it was not " +
        "provided.";

    public static string MissingDirectiveArgument(string directive, string argument, string type) =>
        $"Argument \"@{directive}({argument}:)\" of type \"{type}\" is required, but it was not provided.";

    // All Variable Usages Are Allowed
    public static string BadVariablePosition(string variable, string variableType, string expectedType) =>
        $"Variable \"${variable}\" of type \"{variableType}\" used in position expecting type \"{expectedType}\".";

    public static string NullableVariableInOneOf(string variable, string variableType, string oneOfType) =>
        $"Variable \"${variable}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfType}\".";

    // Field Selection Merging
    public static string FieldConflict(string responseName, string reason) =>
        $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    // Input Object Field Uniqueness
    public static string DuplicateInputField(string name) => $"There can be only one input field named \"{name}\".";

    // Introspection depth
    public const string IntrospectionTooDeep = "Maximum introspection depth exceeded";

    // Values of Correct Type (graphql-js validateInputLiteral)
    public static string NullForNonNull(string type) => $"Expected value of non-null type \"{type}\" not to be null.";

    public static string NotAnObject(string type, string value) => $"Expected value of type \"{type}\" to be an object, found: {value}.";

    public static string MissingInputField(string type, string field, string value) =>
        $"Expected value of type \"{type}\" to include required field \"{field}\", found: {value}.";

    public static string UnknownInputField(string type, string field, string didYouMean, string value) =>
        $"Expected value of type \"{type}\" not to include unknown field \"{field}\"{(didYouMean.Length > 0 ? "." + didYouMean + " Found" : ", found")}: " +
            $"{value}.";

    public static string OneOfNotExactlyOne(string type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    public static string InvalidLeafValue(string type, string? error, string value) =>
        error is null
            ? $"Expected value of type \"{type}\", found: {value}."
            : $"Expected value of type \"{type}\", but encountered error \"{error}\"; found: {value}.";
}
