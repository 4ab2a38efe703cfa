using Microsoft.Net.Http.Headers;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// The media types of GraphQL over HTTP and the choice of the response's, from the request's <c>Accept</c>
/// header: <c>application/graphql-response+json</c> when the client asks for it, <c>application/json</c>
/// when it asks for that, for <c>*/*</c>, or sends no <c>Accept</c> at all.
/// See https://graphql.github.io/graphql-over-http/draft/#sec-Accept.
/// </summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string FormUrlEncoded = "application/x-www-form-urlencoded";
    public const string Multipart = "multipart/form-data";
    public const string TextPlain = "text/plain";

    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>The response media type for the <c>Accept</c> header values, or null when none is acceptable (406).</summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        string? chosen = null;
        var chosenQuality = 0.0;
        var chosenSpecific = false;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Candidate(range);
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            // An exact media type beats a wildcard of the same quality; graphql-response+json beats json.
            var specific = !range.MatchesAllTypes && !range.MatchesAllSubTypes;
            if (chosen is null || quality > chosenQuality || (quality == chosenQuality && Better(candidate, specific, chosen, chosenSpecific)))
            {
                (chosen, chosenQuality, chosenSpecific) = (candidate, quality, specific);
            }
        }

        return chosen;
    }

    /// <summary>True when the content type names JSON (with any parameters).</summary>
    public static bool IsJson(MediaTypeHeaderValue contentType) =>
        contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        || contentType.MediaType.Equals("application/graphql+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the content type is one a browser form can send without a CORS preflight.</summary>
    public static bool IsSimple(MediaTypeHeaderValue contentType) =>
        contentType.MediaType.Equals(FormUrlEncoded, StringComparison.OrdinalIgnoreCase)
        || contentType.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase)
        || contentType.MediaType.Equals(TextPlain, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the charset is absent or UTF-8 (the only encoding GraphQL over HTTP reads).</summary>
    public static bool IsUtf8(MediaTypeHeaderValue contentType) =>
        !contentType.Charset.HasValue
        || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || contentType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static string? Candidate(MediaTypeHeaderValue range)
    {
        if (range.MatchesAllTypes)
        {
            return Json;
        }

        var type = range.MediaType.Value ?? string.Empty;
        if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        return type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? Json : null;
    }

    private static bool Better(string candidate, bool specific, string chosen, bool chosenSpecific) =>
        (specific && !chosenSpecific) || (specific == chosenSpecific && candidate == GraphQLResponse && chosen != GraphQLResponse);
}
