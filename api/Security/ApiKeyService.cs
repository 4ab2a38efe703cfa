using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Security;

/// <summary>Creates, lists and revokes API keys (the <c>keys</c> command and the first start use it).</summary>
public sealed class ApiKeyService(AppDbContext db, TimeProvider clock, ApiKeyCache cache)
{
    /// <summary>Creates a key and returns it in clear: the only time it is ever shown.</summary>
    public async Task<(ApiKey Record, string Key)> CreateAsync(
        ApiKeyRole role, int? organizationId = null, int? personId = null, string? name = null, CancellationToken cancellationToken = default)
    {
        // Partners and inspectors act for someone: their keys are bound to an organization or person.
        if (role is ApiKeyRole.Partner or ApiKeyRole.Inspector && organizationId is null && personId is null)
        {
            throw new ArgumentException($"A {role} key is bound to an organization or a person.");
        }

        if (organizationId is int org && !await db.Organizations.AnyAsync(o => o.Id == org, cancellationToken))
        {
            throw new ArgumentException($"There is no organization {org}.");
        }

        if (personId is int person && !await db.People.AnyAsync(p => p.Id == person, cancellationToken))
        {
            throw new ArgumentException($"There is no person {person}.");
        }

        var key = ApiKeyFormat.NewKey();
        var record = new ApiKey
        {
            Prefix = ApiKeyFormat.PrefixOf(key),
            Hash = ApiKeyFormat.HashOf(key),
            Role = role,
            Name = name,
            OrganizationId = organizationId,
            PersonId = personId,
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (record, key);
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

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

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        // Refused at once on this host; other hosts drop their copy within the cache's time to live.
        cache.Evict(key.Prefix);
        return true;
    }
}
