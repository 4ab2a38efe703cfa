using System.Collections.Concurrent;
using Hamahang.Api.Domain;
using Microsoft.Extensions.Options;

namespace Hamahang.Api.Security;

/// <summary>The knobs of <see cref="ApiKeyCache"/> (section <c>Security:ApiKeyCache</c>).</summary>
public sealed class ApiKeyCacheOptions
{
    public const string Section = "Security:ApiKeyCache";

    /// <summary>
    /// How long a verified key's record is trusted without asking the database: the bound within
    /// which a key revoked on another host (or by the <c>keys revoke</c> command) is refused here.
    /// Zero turns the cache off.
    /// </summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many key prefixes are held; beyond it new ones are not cached.</summary>
    public int Capacity { get; set; } = 10_000;
}

/// <summary>
/// The key records <see cref="ApiKeyVerifier"/> read from the database, by key prefix, for a short
/// time, so a request with a key costs no query. Bounded and short-lived: revoking on this host
/// evicts the key at once (<see cref="Evict"/>); other hosts trust their copy at most
/// <see cref="ApiKeyCacheOptions.TimeToLive"/>. Unknown prefixes are not cached, so random keys
/// cannot crowd the real ones out. The records are shared between requests: read them, never change them.
/// </summary>
public sealed class ApiKeyCache(IOptions<ApiKeyCacheOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ApiKeyCacheOptions options = options.Value;

    public bool TryGet(string prefix, out IReadOnlyList<ApiKey> records)
    {
        if (entries.TryGetValue(prefix, out var entry) && entry.Expires > clock.GetUtcNow())
        {
            records = entry.Records;
            return true;
        }

        records = [];
        return false;
    }

    public void Add(string prefix, IReadOnlyList<ApiKey> records)
    {
        if (records.Count == 0 || options.TimeToLive <= TimeSpan.Zero)
        {
            return;
        }

        if (entries.Count >= options.Capacity)
        {
            RemoveExpired();
            if (entries.Count >= options.Capacity)
            {
                return;
            }
        }

        entries[prefix] = new Entry(records, clock.GetUtcNow() + options.TimeToLive);
    }

    /// <summary>Forgets a prefix: the next request with a key of it reads the database again.</summary>
    public void Evict(string prefix) => entries.TryRemove(prefix, out _);

    private void RemoveExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (prefix, entry) in entries)
        {
            if (entry.Expires <= now)
            {
                entries.TryRemove(prefix, out _);
            }
        }
    }

    private sealed record Entry(IReadOnlyList<ApiKey> Records, DateTimeOffset Expires);
}
