using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// Validates a document against a schema (the "validate" stage): the errors, or an empty list when the
/// document is valid. See https://spec.graphql.org/September2025/#sec-Validation.
/// </summary>
/// <param name="schema">The schema.</param>
/// <param name="document">The parsed document.</param>
/// <returns>The validation errors.</returns>
public delegate IReadOnlyList<GraphQLError> ValidationStage(Schema schema, DocumentNode document);

/// <summary>How a <see cref="RequestExecutor"/> runs requests.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The longest a request may run (default 30 seconds); <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// True (development only) to show the message of an unexpected exception in its field error; false shows
    /// "Unexpected Execution Error" with code <c>INTERNAL_SERVER_ERROR</c> and nothing of the exception.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>True to leave "Did you mean ...?" suggestions out of error messages (for production).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>
    /// True to give each request error that has no code one, named as Apollo Server names them:
    /// <see cref="RequestErrorCodes.ParseFailed"/>, <see cref="RequestErrorCodes.ValidationFailed"/>,
    /// <see cref="RequestErrorCodes.OperationResolutionFailure"/>, <see cref="RequestErrorCodes.BadUserInput"/> (variables)
    /// and <see cref="RequestErrorCodes.BadRequest"/> (no query). False (the default) keeps graphql-js's errors exactly.
    /// </summary>
    public bool CodeRequestErrors { get; init; }

    /// <summary>How many parsed and validated documents are kept (by the hash of their text); default 1 000.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// The validate stage, run once per cached document: every specified rule by default
    /// (<see cref="Validation.DocumentValidator"/>, without suggestions when <see cref="HideSuggestions"/>); null skips
    /// validation (for trusted documents). Validation errors are request errors: no <c>data</c>.
    /// </summary>
    public ValidationStage? Validator { get; init; } = SpecifiedRules;

    /// <summary>
    /// Stages run in order after validation and before variables are coerced (depth, alias and cost limits, ...).
    /// The first that reports errors ends the request with them.
    /// </summary>
    public IReadOnlyList<IDocumentAnalyzer> Analyzers { get; init; } = [];

    /// <summary>The default validate stage: <see cref="Validation.DocumentValidator.Validate(Schema, DocumentNode, Validation.ValidationOptions?)"/>.</summary>
    public static ValidationStage SpecifiedRules { get; } = (schema, document) => Validation.DocumentValidator.Validate(schema, document);

    /// <summary>The validate stage without "Did you mean" suggestions (production).</summary>
    public static ValidationStage SpecifiedRulesWithoutSuggestions { get; } =
        (schema, document) => Validation.DocumentValidator.Validate(schema, document, new Validation.ValidationOptions { Suggestions = false });

    /// <summary>The value given to the root fields' resolvers as their parent (the "initialValue").</summary>
    public object? RootValue { get; init; }
}
