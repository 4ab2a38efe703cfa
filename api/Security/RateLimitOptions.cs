namespace Hamahang.Api.Security;

/// <summary>
/// How many GraphQL requests a caller may send (section <c>RateLimits</c>): per API key, and per client address
/// for requests without a key and, more loosely, for all requests (so inventing keys buys an address little).
/// Each is a fixed window of one minute; a request over it is answered 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>False turns rate limiting off (a host behind a gateway that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute for one API key.</summary>
    public int PerKeyPerMinute { get; set; } = 1_200;

    /// <summary>Requests per minute without a key, from one address.</summary>
    public int AnonymousPerAddressPerMinute { get; set; } = 300;

    /// <summary>Requests per minute from one address, whatever keys they carry.</summary>
    public int PerAddressPerMinute { get; set; } = 6_000;
}
