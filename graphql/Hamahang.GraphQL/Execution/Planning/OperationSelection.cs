using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Execution.Planning;

/// <summary>
/// "GetOperation(document, operationName)": the operation a request runs, or the request error
/// graphql-js 17 reports. See https://spec.graphql.org/September2025/#GetOperation().
/// </summary>
internal static class OperationSelection
{
    /// <summary>The operation named <paramref name="operationName"/> (or the only one); null and an error otherwise.</summary>
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }

        if (operation is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return operation;
    }
}
