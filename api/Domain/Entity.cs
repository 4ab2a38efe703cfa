using Hamahang.GraphQL.Data;

namespace Hamahang.Api.Domain;

/// <summary>
/// What every stored record carries: an integer key, UTC timestamps, and the version the app
/// increments on every update (the concurrency token an update must present).
/// </summary>
public abstract class Entity
{
    [NodeId]
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }
}
