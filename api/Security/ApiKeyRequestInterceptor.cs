using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.AspNetCore;
using Hamahang.GraphQL.Error;
using Microsoft.Extensions.Primitives;

namespace Hamahang.Api.Security;

/// <summary>
/// Authenticates every GraphQL operation by its API key (<c>Authorization: ApiKey &lt;key&gt;</c> or
/// <c>X-Api-Key</c>; over WebSocket also the <c>connection_init</c> payload's <c>Authorization</c> or
/// <c>apiKey</c>) and identifies the request's <see cref="Caller"/>. No key: the caller is anonymous
/// and fields refuse it; a key that is wrong, revoked or expired: the request is refused (401).
/// </summary>
internal sealed class ApiKeyRequestInterceptor : IRequestInterceptor
{
    private const string KeyOfConnection = "Hamahang.Api.ApiKey";
    private const string Scheme = "ApiKey ";

    public async ValueTask<GraphQLError?> OnConnectAsync(
        HttpContext httpContext, IReadOnlyDictionary<string, object?>? payload, IDictionary<string, object?> connectionData,
            CancellationToken cancellationToken)
    {
        var presented = FromPayload(payload) ?? FromHeaders(httpContext.Request.Headers);
        var (key, refusal) = await AuthenticateAsync(httpContext.RequestServices, presented, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // The connection's key (none: anonymous), for each of its operations.
        connectionData[KeyOfConnection] = key;
        return null;
    }

    public async ValueTask<GraphQLError?> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
    {
        // The operation's own services: over WebSocket each operation has a scope of its own.
        var services = context.RequestServices;
        var (key, refusal) = context.ContextData.TryGetValue(KeyOfConnection, out var connected)
            ? (connected as Domain.ApiKey, null)
            : await AuthenticateAsync(services, FromHeaders(context.HttpContext.Request.Headers), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        services.GetRequiredService<Caller>().Identify(key);
        return null;
    }

    // The presented key, verified; none when none was presented (an anonymous caller); the refusal for a bad or expired key.
    private static async Task<(Domain.ApiKey? Key, GraphQLError? Refusal)> AuthenticateAsync(
        IServiceProvider services, string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return (null, null);
        }

        var check = await services.GetRequiredService<ApiKeyVerifier>().CheckAsync(presented.Trim(), cancellationToken);
        return check switch
        {
            { Key: { } key } => (key, null),
            { Expired: { } expired } => (null, Expired(expired)),
            _ => (null, BadKey()),
        };
    }

    /// <summary>The key a request presents in its headers, unverified (the rate limiter partitions by it).</summary>
    internal static string? FromHeaders(IHeaderDictionary headers)
    {
        if (headers.TryGetValue("X-Api-Key", out var header) && !StringValues.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        return FromAuthorization(headers.Authorization.ToString());
    }

    private static string? FromPayload(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload is null)
        {
            return null;
        }

        foreach (var (name, raw) in payload)
        {
            // The transport hands the payload's values over as JSON elements.
            var value = raw is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json ? json.GetString() : raw;
            if (value is string text
                && (name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase)))
            {
                return text;
            }

            if (value is string authorization && name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                return FromAuthorization(authorization);
            }
        }

        return null;
    }

    private static string? FromAuthorization(string? value) =>
        value is not null && value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? value[Scheme.Length..] : null;

    /// <summary>
    /// An expired key: <c>AUTH_NOT_AUTHENTICATED</c> (401; over WebSocket the connection is closed, 4403), as any key
    /// that does not work, with a message that says it expired and when.
    /// </summary>
    private static GraphQLError Expired(Domain.ApiKey key) =>
        new(
            $"The API key expired at {key.ExpiresAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)}; use the key that " +
                $"replaced it or ask for a new one.",
            extensions: new Dictionary<string, object?> { ["code"] = AuthErrors.NotAuthenticatedCode });

    private static GraphQLError BadKey() =>
        new("The API key is not valid (unknown, malformed or revoked).", extensions: new Dictionary<string,
            object?> { ["code"] = AuthErrors.NotAuthenticatedCode });
}
