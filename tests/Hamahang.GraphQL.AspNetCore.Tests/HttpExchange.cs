using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>One HTTP exchange as a test reads it: status, content type and the JSON body.</summary>
public sealed record HttpExchange(HttpStatusCode Status, string? ContentType, string Text, HttpResponseMessage Response)
{
    /// <summary>The body as JSON (null when it is not JSON).</summary>
    public JsonNode? Json => Text.Length > 0 && (Text[0] == '{' || Text[0] == '[') ? JsonNode.Parse(Text) : null;

    /// <summary>The first error's <c>extensions.code</c>.</summary>
    public string? Code => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>Sends <paramref name="body"/> with POST.</summary>
    public static Task<HttpExchange> PostAsync(
        HttpClient client,
        string body,
        string? accept = null,
        string? contentType = "application/json",
        params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return SendAsync(client, request, accept, headers);
    }

    /// <summary>Sends a GET to <paramref name="pathAndQuery"/>.</summary>
    public static Task<HttpExchange> GetAsync(HttpClient client, string pathAndQuery, string? accept = null, params (string Name, string Value)[] headers) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, pathAndQuery), accept, headers);

    /// <summary>Sends <paramref name="request"/> and reads the answer.</summary>
    public static async Task<HttpExchange> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string? accept = null,
        params (string Name, string Value)[] headers)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new HttpExchange(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text, response);
    }
}
