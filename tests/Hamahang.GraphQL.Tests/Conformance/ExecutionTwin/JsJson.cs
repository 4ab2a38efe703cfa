using System.Collections;
using System.Globalization;
using System.Text;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Conformance.ExecutionTwin;

/// <summary>JavaScript's <c>JSON.stringify</c> for coerced argument values: compact, keys in insertion order, non-ASCII literal.</summary>
public static class JsJson
{
    public static string Stringify(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                WriteString(builder, s);
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case int or long:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(Inspector.FormatNumber(d));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(first ? string.Empty : ",");
                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    Write(builder, item);
                }

                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    builder.Append(firstItem ? string.Empty : ",");
                    firstItem = false;
                    Write(builder, item);
                }

                builder.Append(']');
                break;
            default:
                WriteString(builder, value.ToString() ?? string.Empty);
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= '\ud800' and <= '\udbff' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\ud800' and <= '\udfff':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
