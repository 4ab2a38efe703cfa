using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Types.Mutations;

// HotChocolate's other two ways to map an exception: an error class whose constructor takes it, and a class of
// static CreateErrorFrom factories.
#pragma warning disable CA1032, CA1064, CA1822

public sealed class QuotaException(int limit) : Exception("Too many findings.")
{
    public int Limit { get; } = limit;
}

public sealed class ArchivedException() : Exception("The inspection is archived.");

public sealed class QuotaExceededError
{
    private QuotaExceededError(QuotaException exception)
    {
        Message = $"At most {exception.Limit} findings at once.";
        Limit = exception.Limit;
    }

    public string Message { get; }

    public int Limit { get; }
}

public sealed record ArchivedError(string Message);

public static class ArchiveErrors
{
    public static ArchivedError CreateErrorFrom(ArchivedException exception) => new(exception.Message.ToUpperInvariant());
}

[ExtendObjectType("Mutation")]
public sealed class ErrorClassMutations
{
    [Error(typeof(QuotaExceededError))]
    [Error(typeof(ArchiveErrors))]
    public int AddFindings(int count) => count switch
    {
        > 3 => throw new QuotaException(3),
        < 0 => throw new AggregateException(new ArchivedException(), new QuotaException(3)),
        _ => count,
    };
}
