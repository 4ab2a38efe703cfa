using Hamahang.Api.Commands;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Security;

/// <summary>
/// Creates, lists, rotates and revokes API keys (the <c>keys</c> command and the first start use it). Every save
/// goes through <see cref="StoreSaves.SaveOrConflictAsync(AppDbContext, CancellationToken)"/>: a clash is a <c>ConflictException</c>, nothing half-written.
/// </summary>
public sealed class ApiKeyService(AppDbContext db, TimeProvider clock, ApiKeyCache cache)
{
    /// <summary>How long a rotated key keeps working when no grace period is given.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromHours(24);

    /// <summary>Makes the clear text of a new key (a seam for tests that need a clash).</summary>
    internal Func<string> NewKey { get; set; } = ApiKeyFormat.NewKey;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Creates a key and returns it in clear: the only time it is ever shown.</summary>
    public async Task<(ApiKey Record, string Key)> CreateAsync(
        ApiKeyRole role, int? organizationId = null, int? personId = null, string? name = null, DateTime? expiresAt = null,
            CancellationToken cancellationToken = default)
    {
        // Partners and inspectors act for someone: their keys are bound to an organization or person.
        if (role is ApiKeyRole.Partner or ApiKeyRole.Inspector && organizationId is null && personId is null)
        {
            throw new ArgumentException($"A {role} key is bound to an organization or a person.");
        }

        if (expiresAt is DateTime expires && expires <= Now)
        {
            throw new ArgumentException($"--expires {expires:yyyy-MM-ddTHH:mm:ssZ} is not in the future.");
        }

        if (organizationId is int org && !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            throw new ArgumentException($"There is no organization {org}.");
        }

        if (personId is int person && !await db.People.AnyAsync(p => p.Id == person, cancellationToken))
        {
            throw new ArgumentException($"There is no person {person}.");
        }

        var (record, key) = Add(role, organizationId, personId, name, expiresAt);
        await db.SaveOrConflictAsync(cancellationToken);
        return (record, key);
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Issues a new key with the role and binding of the active key <paramref name="idOrPrefix"/> names (its id
    /// or its prefix), and sets the old one to expire after <paramref name="grace"/> (sooner if it already
    /// expires sooner), in one save. Returns both records and the new key in clear.
    /// </summary>
    public async Task<(ApiKey Old, ApiKey Record, string Key)> RotateAsync(
        string idOrPrefix, TimeSpan grace, DateTime? expiresAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrPrefix);
        if (grace < TimeSpan.Zero)
        {
            throw new ArgumentException("--grace is not negative.");
        }

        var now = Now;
        if (expiresAt is DateTime expires && expires <= now + grace)
        {
            throw new ArgumentException("--expires of the new key falls before the old key's grace period ends.");
        }

        var old = await FindAsync(idOrPrefix, cancellationToken);
        if (old is null || !old.IsActiveAt(now))
        {
            throw new ArgumentException($"No active key {idOrPrefix}.");
        }

        var ends = now + grace;
        old.ExpiresAt = old.ExpiresAt is DateTime sooner && sooner < ends ? sooner : ends;
        var (record, key) = Add(old.Role, old.OrganizationId, old.PersonId, old.Name, expiresAt);
        await db.SaveOrConflictAsync(cancellationToken);
        cache.Evict(old.Prefix);
        return (old, record, key);
    }

    /// <summary>
    /// Revokes a key; false when there is no such key or it was already revoked. This host refuses it
    /// from now on; other running hosts within <see cref="ApiKeyCacheOptions.TimeToLive"/>.
    /// </summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return false;
        }

        key.RevokedAt = Now;
        await db.SaveOrConflictAsync(cancellationToken);
        // Refused at once on this host; other hosts drop their copy within the cache's time to live.
        cache.Evict(key.Prefix);
        return true;
    }

    private Task<ApiKey?> FindAsync(string idOrPrefix, CancellationToken cancellationToken) =>
        int.TryParse(idOrPrefix, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            : db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == idOrPrefix, cancellationToken);

    private (ApiKey Record, string Key) Add(ApiKeyRole role, int? organizationId, int? personId, string? name, DateTime? expiresAt)
    {
        var key = NewKey();
        var record = new ApiKey
        {
            Prefix = ApiKeyFormat.PrefixOf(key),
            Hash = ApiKeyFormat.HashOf(key),
            Role = role,
            Name = name,
            OrganizationId = organizationId,
            PersonId = personId,
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(record);
        return (record, key);
    }
}
