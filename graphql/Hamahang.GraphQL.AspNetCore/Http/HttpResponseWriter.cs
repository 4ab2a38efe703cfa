using System.Text.Encodings.Web;
using System.Text.Json;
using Hamahang.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses over HTTP, with the status code the GraphQL over HTTP specification asks for:
/// under <c>application/graphql-response+json</c>, 400 when the response has errors and no <c>data</c> (a request
/// error), else 200 (also for the cost alone, answering <c>GraphQL-Cost: validate</c>); under <c>application/json</c>,
/// 200 for every well-formed request.
/// See https://graphql.github.io/graphql-over-http/draft/#sec-Status-Codes.
/// </summary>
internal static class HttpResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one result.</summary>
    public static Task WriteAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        var status = mediaType == MediaTypes.GraphQLResponse && !result.HasData && result.Errors.Count > 0
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(context, mediaType, status, result);
    }

    /// <summary>Writes the results of a batch as one JSON array (200).</summary>
    public static async Task WriteBatchAsync(HttpContext context, string mediaType, IReadOnlyList<ExecutionResult> results)
    {
        Begin(context, mediaType, StatusCodes.Status200OK);
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                result.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes a refused request: its status, or (a request error) the media type's.</summary>
    public static Task WriteErrorAsync(HttpContext context, string mediaType, TransportException refused)
    {
        var status = refused.StatusCode ?? (mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        return WriteAsync(context, mediaType, status, ExecutionResult.FromErrors([refused.ToError()]));
    }

    private static async Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        Begin(context, mediaType, status);
        result.WriteTo(context.Response.BodyWriter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void Begin(HttpContext context, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType == MediaTypes.GraphQLResponse ? MediaTypes.GraphQLResponseUtf8 : MediaTypes.JsonUtf8;
    }
}
