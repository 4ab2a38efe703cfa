namespace Hamahang.GraphQL.Validation;

/// <summary>
/// How a document is validated: whether messages carry "Did you mean" suggestions (turn them off in
/// production, so a client cannot probe the schema by misspelling), and how many errors are reported
/// before validation stops (graphql-js's <c>maxErrors</c>, 100).
/// See https://spec.graphql.org/September2025/#sec-Validation .
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The options graphql-js validates with by default: suggestions on, at most 100 errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Whether messages end with "Did you mean ...?" suggestions drawn from the schema and document.</summary>
    public bool Suggestions { get; init; } = true;

    /// <summary>
    /// The number of errors reported before validation stops; one more is replaced by
    /// "Too many validation errors, error limit reached. Validation aborted.".
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
