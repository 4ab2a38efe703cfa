using Hamahang.Api.Domain;

namespace Hamahang.Api.Data;

/// <summary>
/// Who is making a change: recorded in every audit entry. Requests set it from their API key
/// (<see cref="FromKey"/>); the host's own work (migrations, seed, commands) runs as <see cref="System"/>.
/// </summary>
public sealed record Actor(string Name, ApiKeyRole? Role = null, int? ApiKeyId = null, int? OrganizationId = null, int? PersonId = null)
{
    public static Actor System { get; } = new("system");

    public static Actor FromKey(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new($"apikey:{key.Id}:{key.Role}", key.Role, key.Id, key.OrganizationId, key.PersonId);
    }
}

/// <summary>The actor of the current scope (a request, a command), read by <see cref="AppDbContext"/>.</summary>
public interface ICurrentActor
{
    Actor Actor { get; }
}

/// <summary>The scoped, settable <see cref="ICurrentActor"/>: request code sets it once it knows the caller.</summary>
public sealed class CurrentActor : ICurrentActor
{
    public Actor Actor { get; set; } = Actor.System;
}
