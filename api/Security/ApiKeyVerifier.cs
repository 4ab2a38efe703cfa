using System.Security.Cryptography;
using System.Text;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Security;

/// <summary>
/// Answers who a presented API key belongs to: the key's record (role, bound organization or
/// person), or null for an unknown, malformed or revoked key. Hashes are compared in constant time.
/// The records of a prefix come from <see cref="ApiKeyCache"/> when it has them, else from the database.
/// </summary>
public sealed class ApiKeyVerifier(AppDbContext db, ApiKeyCache cache)
{
    public async Task<ApiKey?> VerifyAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyFormat.LooksLikeKey(presented))
        {
            return null;
        }

        var prefix = ApiKeyFormat.PrefixOf(presented!);
        if (!cache.TryGet(prefix, out var candidates))
        {
            candidates = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix).ToListAsync(cancellationToken);
            cache.Add(prefix, candidates);
        }

        var hash = Encoding.ASCII.GetBytes(ApiKeyFormat.HashOf(presented!));
        var match = candidates.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Hash), hash));
        return match is { RevokedAt: null } ? match : null;
    }
}
