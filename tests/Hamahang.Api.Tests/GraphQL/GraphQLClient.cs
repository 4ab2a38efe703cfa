using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.GraphQL;

/// <summary>What a GraphQL response said: the HTTP status and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    /// <summary>The codes (<c>extensions.code</c>) of the response's errors.</summary>
    public IReadOnlyList<string?> ErrorCodes => Body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)]
        : [];

    /// <summary>The value at a dotted path under <c>data</c> (<c>district.sites</c>).</summary>
    public JsonElement At(string path) => path.Split('.').Aggregate(Data, (e, name) => e.GetProperty(name));

    public override string ToString() => Body.ToString();
}

/// <summary>Speaks GraphQL over HTTP to the test host, as a client would, with an API key of any role.</summary>
public static class GraphQLClient
{
    /// <summary>Creates an API key (in clear) of <paramref name="role"/>, bound to an organization or person found by name.</summary>
    public static async Task<string> CreateKeyAsync(this HostFactory factory, ApiKeyRole role, string? organization = null, string? person = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? organizationId = organization is null ? null : await db.Organizations.Where(o => o.Name == organization || o.NameEn == organization)
            .Select(o => o.Id).SingleAsync();
        int? personId = person is null ? null : await db.People.Where(p => p.FullName == person || p.FullNameEn == person).Select(p => p.Id).SingleAsync();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(role, organizationId, personId, $"test {role}");
        return key;
    }

    /// <summary>POSTs <paramref name="query"/> to /graphql with <paramref name="key"/> (none when null).</summary>
    public static async Task<GraphQLResponse> PostAsync(this HostFactory factory, string query, string? key = null, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreateClient();
        return await client.PostGraphQLAsync(query, key, variables);
    }

    /// <summary>
    /// POSTs <paramref name="query"/> to the client's /graphql with <paramref name="key"/> (none when null). A body that is
    /// not JSON comes back as one error holding the status and the body, so a test's failure shows what the server said.
    /// </summary>
    public static async Task<GraphQLResponse> PostGraphQLAsync(
        this HttpClient client, string query, string? key = null, object? variables = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return new GraphQLResponse(response.StatusCode, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            // Not GraphQL (a proxy's or the server's plain error page): one error that shows the status and the body.
            var error = new { errors = new[] { new { message = $"{(int)response.StatusCode}: {body}" } } };
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(error));
            return new GraphQLResponse(response.StatusCode, document.RootElement.Clone());
        }
    }
}
