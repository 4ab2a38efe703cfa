using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hamahang.Web.Tests;

/// <summary>
/// What the tests ask the host directly, to set a scene or count what the page did: only the page's own
/// documents (schema/operations/<c>Name</c>.graphql), since the host runs nothing else.
/// </summary>
public sealed class GraphQLApi(HostProcess host) : IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = host.Address };

    /// <summary>Runs the operation <paramref name="name"/> with <paramref name="key"/>; its <c>data</c>, or an exception naming its errors.</summary>
    public async Task<JsonElement> RunAsync(string name, object? variables, string key)
    {
        var document = await File.ReadAllTextAsync(Path.Combine(Repository.Operations, name + ".graphql"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query = document, operationName = name, variables }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        using var response = await _client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (body.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{name}: {errors}");
        }

        return body.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The database key inside a global id (base64 of "<c>Type:key</c>").</summary>
    public static int KeyOf(string id)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        return int.Parse(text[(text.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _client.Dispose();
}
