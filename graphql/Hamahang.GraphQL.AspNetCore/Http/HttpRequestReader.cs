using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>Reads a request body, never more than the size limit allows: as JSON, or as URL-encoded form pairs.</summary>
internal static class HttpRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    /// <summary>The body parsed as JSON (UTF-8); 400 when empty or not JSON, 413 when over the limit.</summary>
    public static async Task<JsonDocument> ReadJsonAsync(HttpContext context, long limit)
    {
        var body = await ReadAsync(context, limit).ConfigureAwait(false);
        if (body.Length == 0)
        {
            throw new TransportException("The request body is empty; send a JSON object with a \"query\".");
        }

        // System.Text.Json reads strings' bytes lazily; check them all once, so no later read fails.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            throw new TransportException("The request body is not valid UTF-8.");
        }

        try
        {
            return JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new TransportException("The request body is not valid JSON.", exception);
        }
    }

    /// <summary>The body read as <c>application/x-www-form-urlencoded</c> pairs.</summary>
    public static async Task<Dictionary<string, StringValues>> ReadFormAsync(HttpContext context, long limit)
    {
        var body = await ReadAsync(context, limit).ConfigureAwait(false);
        var text = System.Text.Encoding.UTF8.GetString(body.Span);
        return QueryHelpers.ParseQuery(text);
    }

    /// <summary>The whole body; 413 with <c>REQUEST_TOO_LARGE</c> as soon as it passes <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Sized by Content-Length (one byte over, to see the end): a body that says its length is read into one
        // array of that size. GetMemory() grows the buffer only when it is full (doubling), never for a read's sake.
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(context.Request.ContentLength ?? 4096, limit) + 1);
        var stream = context.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory();
            var read = await stream.ReadAsync(memory, context.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw TooLarge(limit);
            }
        }
    }

    private static TransportException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, TransportErrorCodes.RequestTooLarge, $"The request body is larger than {limit} bytes.");
}
