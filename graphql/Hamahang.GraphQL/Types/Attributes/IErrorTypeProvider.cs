namespace Hamahang.GraphQL.Types;

/// <summary>
/// An attribute that declares the error types of mutations, as one <see cref="ErrorAttribute"/> per type would:
/// an app that reports the same errors from many mutation classes names them once, in an attribute of its own
/// that implements this. Read wherever <see cref="ErrorAttribute"/> is (on a mutation or on its class).
/// </summary>
public interface IErrorTypeProvider
{
    /// <summary>The exception types (or error or factory classes) declared, in the order their union lists them.</summary>
    IEnumerable<Type> ErrorTypes { get; }
}
