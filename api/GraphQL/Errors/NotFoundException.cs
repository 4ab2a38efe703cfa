namespace Hamahang.Api.GraphQL.Errors;

/// <summary>A record the input names does not exist (or the caller may not see it): <c>NotFoundError</c>.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string type, string id)
        : base($"There is no {type} with the id \"{id}\".")
    {
        Type = type;
        Id = id;
    }

    /// <summary>The GraphQL type that was looked for.</summary>
    public string Type { get; }

    /// <summary>The id the input gave.</summary>
    public string Id { get; }
}
