namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// The change clashed with another saved at the same moment (two amendments of the same minutes, a record the
/// input names deleted meanwhile, a unique value taken meanwhile): <c>ConflictError</c>. The store refused it, so
/// nothing was written; the client reads again and retries. Provider-neutral: any refused save of a validated input.
/// </summary>
public sealed class ConflictException : Exception
{
    public ConflictException()
        : base("The change clashes with one saved at the same moment; nothing was written. Read again and retry.")
    {
    }

    public ConflictException(Exception innerException)
        : base("The change clashes with one saved at the same moment; nothing was written. Read again and retry.", innerException)
    {
    }
}
