using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Hamahang.Api.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Hamahang.Api.Extensions;

/// <summary>
/// ASP.NET Core's rate limiter in front of <c>/graphql</c>: partitioned per API key and per client address
/// (<see cref="RateLimitOptions"/>), answered 429 with <c>Retry-After</c> and a GraphQL error with code
/// <c>RATE_LIMITED</c>, so a client reads the refusal as it reads any other.
/// </summary>
internal static class RateLimitExtensions
{
    public const string Code = "RATE_LIMITED";

    public static WebApplicationBuilder AddHamahangRateLimits(this WebApplicationBuilder builder)
    {
        // Read from the container (once the host is built), so configuration a test host sets late still applies.
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => PerCaller(context, OptionsOf(context))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => PerAddress(context, OptionsOf(context))));
            limiter.OnRejected = (rejected, cancellationToken) => RefuseAsync(rejected.HttpContext, rejected.Lease, cancellationToken);
        });
        return builder;
    }

    /// <summary>
    /// The limiter, when <see cref="RateLimitOptions.Enabled"/>; with limits off it is not in the pipeline at all (it
    /// would still take two partitions' leases and resolve the options for every request, to let each through).
    /// </summary>
    public static WebApplication UseHamahangRateLimits(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static RateLimitOptions OptionsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> PerCaller(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || !IsGraphQL(context))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        // Partitioned by the key's hash: the limiter never holds a key in clear.
        return ApiKeyRequestInterceptor.FromHeaders(context.Request.Headers) is { Length: > 0 } key
            ? Window("key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()))), options.PerKeyPerMinute)
            : Window("anonymous:" + Address(context), options.AnonymousPerAddressPerMinute);
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, RateLimitOptions options) =>
        options.Enabled && IsGraphQL(context) ? Window("address:" + Address(context),
            options.PerAddressPerMinute) : RateLimitPartition.GetNoLimiter(string.Empty);

    private static RateLimitPartition<string> Window(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static bool IsGraphQL(HttpContext context) => context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RefuseAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = context.Request.Headers.Accept.ToString()
            .Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
            ? "application/graphql-response+json; charset=utf-8"
            : "application/json; charset=utf-8";
        var message = string.Create(CultureInfo.InvariantCulture, $"Too many requests; retry after {seconds} seconds.");
        var body = new { errors = new[] { new { message, extensions = new { code = Code, retryAfter = seconds } } } };
        await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(body), cancellationToken);
    }
}
