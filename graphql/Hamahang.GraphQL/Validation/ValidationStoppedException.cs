using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Validation;

/// <summary>Stops a validation walk; its error is appended as the last one (the error limit, or a work budget spent).</summary>
internal sealed class ValidationStoppedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;

    public static GraphQLError Aborted { get; } = new(ValidationErrors.Aborted);

    public static GraphQLError TooManyErrors { get; } = new(ValidationErrors.TooManyErrors);

    /// <summary>Stops validation ("Validation aborted.") before a document nested deeper than the thread's stack allows overflows it.</summary>
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationStoppedException(Aborted);
        }
    }
}
