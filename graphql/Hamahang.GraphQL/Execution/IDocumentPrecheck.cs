using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// A stage that reads a parsed document before it is validated, for checks that need no schema and cost
/// one pass over the syntax: a document over such a limit ends with one error, without paying for a full
/// validation or an error list as long as the document. An <see cref="IDocumentAnalyzer"/> in
/// <see cref="ExecutionOptions.Analyzers"/> that also implements this interface is asked first.
/// </summary>
public interface IDocumentPrecheck
{
    /// <summary>Checks the document's syntax.</summary>
    /// <param name="document">The parsed document, not yet validated.</param>
    /// <param name="operationName">The operation the request names, or null.</param>
    /// <returns>The errors; empty when validation may go on.</returns>
    IReadOnlyList<GraphQLError> Precheck(DocumentNode document, string? operationName);
}
