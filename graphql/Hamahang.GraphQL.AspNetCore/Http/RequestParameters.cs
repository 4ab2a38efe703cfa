using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request: <c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c> and <c>documentId</c>, read from a JSON body or from URL-encoded pairs (GET, form posts),
/// each checked for its type. See https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters.
/// </summary>
internal sealed record RequestParameters(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId)
{
    /// <summary>Reads the parameters of a JSON request body (one object).</summary>
    public static RequestParameters FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new TransportException("The request body must be a JSON object.");
        }

        return new RequestParameters(
            StringOf(body, "query"),
            StringOf(body, "operationName"),
            MapOf(body, "variables"),
            MapOf(body, "extensions"),
            StringOf(body, "documentId"));
    }

    /// <summary>Reads URL-encoded parameters; <c>variables</c> and <c>extensions</c> hold JSON text.</summary>
    public static RequestParameters FromPairs(Func<string, StringValues> get)
    {
        return new RequestParameters(
            Single(get, "query"),
            WellFormed(Single(get, "operationName"), "operationName"),
            JsonMapOf(Single(get, "variables"), "variables"),
            JsonMapOf(Single(get, "extensions"), "extensions"),
            WellFormed(Single(get, "documentId"), "documentId"));
    }

    private static string? StringOf(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new TransportException($"The \"{name}\" parameter must be a string.");
        }

        // The document keeps a lone surrogate for the lexer to report; no other parameter may hold one.
        return name == "query" ? JsonStrings.Read(value) : JsonStrings.ReadWellFormed(value, name);
    }

    private static Dictionary<string, object?>? MapOf(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? ToMap(value, name) : null;

    private static Dictionary<string, object?>? ToMap(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new TransportException($"The \"{name}\" parameter must be a map.");
        }

        JsonStrings.EnsureWellFormed(value, name);

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private static string? WellFormed(string? text, string name)
    {
        if (text is not null)
        {
            JsonStrings.EnsureWellFormed(text, name);
        }

        return text;
    }

    private static string? Single(Func<string, StringValues> get, string name)
    {
        var values = get(name);
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new TransportException($"The \"{name}\" parameter must be given once."),
        };
    }

    private static Dictionary<string, object?>? JsonMapOf(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonElement value;
        try
        {
            value = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException exception)
        {
            throw new TransportException($"The \"{name}\" parameter is not valid JSON.", exception);
        }

        return ToMap(value, name);
    }
}
