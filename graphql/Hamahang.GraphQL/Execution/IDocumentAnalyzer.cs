using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// A stage that inspects a valid document before it runs: execution depth, aliases, cost and other
/// limits. Analyzers run in <see cref="ExecutionOptions.Analyzers"/> order after validation; the errors
/// of the first one that reports any are the request's errors (no <c>data</c>).
/// </summary>
public interface IDocumentAnalyzer
{
    /// <summary>Analyzes the operation about to run.</summary>
    /// <param name="context">The schema, the document, the operation and the request's raw variables.</param>
    /// <returns>The errors; empty when the operation may run.</returns>
    IReadOnlyList<GraphQLError> Analyze(DocumentAnalysisContext context);
}

/// <summary>What an <see cref="IDocumentAnalyzer"/> sees.</summary>
/// <param name="Schema">The schema.</param>
/// <param name="Document">The validated document.</param>
/// <param name="Operation">The operation selected to run.</param>
/// <param name="Variables">The request's variables as sent (not coerced), or null.</param>
/// <param name="ContextData">The request's <see cref="GraphQLRequest.ContextData"/> (flags the transport set), or null.</param>
public sealed record DocumentAnalysisContext(
    Schema Schema,
    DocumentNode Document,
    OperationDefinitionNode Operation,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? ContextData = null)
{
    /// <summary>Set by an analyzer (which then returns no errors) to end the request with this result instead of executing it.</summary>
    public ExecutionResult? Result { get; set; }
}
