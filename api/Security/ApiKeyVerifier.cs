using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Security;

/// <summary>What a presented key turned out to be: its record when it works; else whether it expired.</summary>
public readonly record struct KeyCheck(ApiKey? Key, ApiKey? Expired);

/// <summary>
/// Answers who a presented API key belongs to: the key's record (role, bound organization or
/// person), or null for an unknown, malformed, revoked or expired key. Hashes are compared in constant time.
/// The records of a prefix come from <see cref="ApiKeyCache"/> when it has them, else from the database;
/// expiry is checked against the clock on every request, so a cached record is never served past it.
/// A context is made only on a cache miss: a request with a cached key costs no database work at all.
/// </summary>
public sealed class ApiKeyVerifier(IDbContextFactory<AppDbContext> contexts, ApiKeyCache cache, TimeProvider clock)
{
    public async Task<ApiKey?> VerifyAsync(string? presented, CancellationToken cancellationToken = default) =>
        (await CheckAsync(presented, cancellationToken)).Key;

    public async Task<KeyCheck> CheckAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyFormat.LooksLikeKey(presented))
        {
            return default;
        }

        var prefix = ApiKeyFormat.PrefixOf(presented!);
        if (!cache.TryGet(prefix, out var candidates))
        {
            candidates = await ReadAsync(prefix, cancellationToken);
            cache.Add(prefix, candidates);
        }

        var match = Match(candidates, presented!);
        return match switch
        {
            null or { RevokedAt: not null } => default,
            _ when match.IsActiveAt(clock.GetUtcNow().UtcDateTime) => new KeyCheck(match, null),
            _ => new KeyCheck(null, match),
        };
    }

    // The candidate whose stored hash is the presented key's (ApiKeyFormat.HashOf, compared in constant time), or null.
    // Hashed on the stack: a request with a cached key allocates nothing here.
    private static ApiKey? Match(IReadOnlyList<ApiKey> candidates, string presented)
    {
        Span<byte> text = stackalloc byte[Encoding.UTF8.GetMaxByteCount(ApiKeyFormat.Length)];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        SHA256.HashData(text[..Encoding.UTF8.GetBytes(presented, text)], digest);
        Convert.TryToHexStringLower(digest, hex, out _);
        foreach (var candidate in candidates)
        {
            if (CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(candidate.Hash.AsSpan()), MemoryMarshal.AsBytes(hex)))
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<List<ApiKey>> ReadAsync(string prefix, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix).ToListAsync(cancellationToken);
        }
    }
}
