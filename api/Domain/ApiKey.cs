using Hamahang.Api.GraphQL;

namespace Hamahang.Api.Domain;

/// <summary>
/// An API key. Only the SHA-256 hash of the key is stored; <see cref="Prefix"/> (the key's first
/// characters) finds the record and is shown in listings.
/// </summary>
public class ApiKey : Entity
{
    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public ApiKeyRole Role { get; set; }

    public string? Name { get; set; }

    public int? OrganizationId { get; set; }

    [Reference]
    public Organization? Organization { get; set; }

    public int? PersonId { get; set; }

    [Reference]
    public Person? Person { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>When the key stops working (UTC); null: never. A rotated key expires after its grace period.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>Whether the key still works at <paramref name="now"/> (UTC): not revoked and not expired.</summary>
    public bool IsActiveAt(DateTime now) => RevokedAt is null && (ExpiresAt is not DateTime expires || expires > now);
}

public enum ApiKeyRole
{
    Admin,
    Editor,
    Inspector,
    Partner,
    Integrator,
}
