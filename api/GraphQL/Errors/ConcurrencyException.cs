namespace Hamahang.Api.GraphQL.Errors;

/// <summary>
/// An update named a version that is no longer the record's (someone changed it since the client read it):
/// <c>ConcurrencyError</c>. Nothing was written; the client reads the record again and retries.
/// </summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(string type, string id, long version)
        : base($"The {type} \"{id}\" changed since version {version}; read it again and retry.")
    {
        Type = type;
        Id = id;
        Version = version;
    }

    /// <summary>The GraphQL type of the record.</summary>
    public string Type { get; }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The version the client presented.</summary>
    public long Version { get; }
}
