using System.Text.Json;
using Hamahang.Api.Data;
using Hamahang.GraphQL.Data;

namespace Hamahang.Bench.Http;

/// <summary>
/// The stack's own limit: one minimal-API endpoint per benchmarked operation, running the same EF Core
/// query (or write) as the GraphQL.NET peer and writing the same JSON as Hamahang, with no GraphQL at all.
/// The request body is read (and ignored: each endpoint's arguments are the benchmarked document's) so every server does the same I/O.
/// </summary>
internal static class HandWritten
{
    // Text as UTF-8, unescaped, as Hamahang writes it.
    private static readonly JsonWriterOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapHandWritten(this WebApplication app)
    {
        app.MapPost("/hand/districts", (HttpContext http, AppDbContext db) => Write(http, async writer =>
        {
            var rows = await PeerQueries.DistrictsAsync(db, 22, http.RequestAborted);
            writer.WriteStartObject("districts");
            writer.WriteStartArray("nodes");
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", row.Number);
                writer.WriteString("name", row.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        app.MapPost("/hand/meetings", (HttpContext http, AppDbContext db) => Write(http, async writer =>
            Meetings(writer, await PeerQueries.MeetingsAsync(db, 50, heldLatestFirst: false, withLists: true, http.RequestAborted))));
        app.MapPost("/hand/filtered", (HttpContext http, AppDbContext db) => Write(http, async writer =>
            Meetings(writer, await PeerQueries.MeetingsAsync(db, 10, heldLatestFirst: true, withLists: false, http.RequestAborted))));
        app.MapPost("/hand/node", (HttpContext http, AppDbContext db) => Write(http, async writer =>
        {
            var row = await PeerQueries.MeetingAsync(db, 2, http.RequestAborted);
            writer.WritePropertyName("node");
            if (row is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("id", NodeId.Encode("Meeting", row.Id));
            writer.WriteString("title", row.Title);
            writer.WriteString("startsAt", PeerQueries.StartsAt(row.StartsAt));
            writer.WriteEndObject();
        }));
        app.MapPost("/hand/fileFinding", (HttpContext http, AppDbContext db) => Write(http, async writer =>
            FileFinding(writer, await PeerWrites.FileFindingAsync(db, FindingInput.Benchmarked, http.RequestAborted))));
    }

    // { fileFinding { finding { id status } errors { __typename } } }
    private static void FileFinding(Utf8JsonWriter writer, FiledFinding filed)
    {
        writer.WriteStartObject("fileFinding");
        writer.WritePropertyName("finding");
        if (filed.Id is { } id)
        {
            writer.WriteStartObject();
            writer.WriteString("id", NodeId.Encode("Finding", id));
            writer.WriteString("status", "FILED");
            writer.WriteEndObject();
            writer.WriteNull("errors");
        }
        else
        {
            writer.WriteNullValue();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("__typename", filed.ErrorType);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Meetings(Utf8JsonWriter writer, List<MeetingRow> rows)
    {
        writer.WriteStartObject("meetings");
        writer.WriteStartArray("nodes");
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("title", row.Title);
            writer.WriteString("startsAt", PeerQueries.StartsAt(row.StartsAt));
            if (row.Districts is { } districts)
            {
                writer.WriteStartArray("districts");
                foreach (var district in districts)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("number", district.Number);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (row.Attendees is { } attendees)
            {
                writer.WriteStartArray("attendees");
                foreach (var attendee in attendees)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("person");
                    if (attendee.Person is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        writer.WriteStartObject();
                        writer.WriteString("fullName", attendee.Person.FullName);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // {"data":{ ... }} straight to the response body.
    private static async Task Write(HttpContext http, Func<Utf8JsonWriter, Task> data)
    {
        await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter, Unescaped);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        await data(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }
}
