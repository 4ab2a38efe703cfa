using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hamahang.GraphQL.Error;

namespace Hamahang.GraphQL.Execution.Results;

/// <summary>
/// The "serialize" stage: writes a result as UTF-8 JSON in the shape of the specification's response
/// format (<c>errors</c>, then <c>data</c>, then <c>extensions</c>; response keys in the order they were
/// selected), straight from the result nodes. Non-ASCII text is written as is, not escaped.
/// See https://spec.graphql.org/September2025/#sec-Response-Format.
/// </summary>
internal static class ResultWriter
{
    /// <summary>The encoder: JSON escapes only, Unicode text as is (as JavaScript's <c>JSON.stringify</c> writes it).</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writer options with <see cref="Encoder"/>.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = Encoder, SkipValidation = true };

    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");

    /// <summary>Writes the whole response map.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.DataNode);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error: message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName(PathName);
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value: a result node, a leaf, or any JSON-like CLR value a custom scalar produced.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case ResultObject obj:
                WriteObject(writer, obj);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteOther(writer, value);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, ResultObject obj)
    {
        writer.WriteStartObject();
        var fields = obj.Plan.Fields;
        var values = obj.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedName);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15)
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case long l:
                writer.WriteNumberValue(l);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case byte or sbyte or short or ushort or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString()!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
