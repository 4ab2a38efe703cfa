using System.Collections;
using System.Globalization;
using System.Text;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Prints default values as GraphQL literals, the way graphql-js's <c>getDefaultValueAST</c> then
/// <c>print</c> do: for introspection's <c>defaultValue</c> and for the SDL printer.
/// See https://spec.graphql.org/September2025/#sec-The-__InputValue-Type.
/// </summary>
public static class DefaultValues
{
    /// <summary>The default value of <paramref name="inputValue"/> as GraphQL text, or null when it has none.</summary>
    /// <param name="inputValue">An argument or input field.</param>
    public static string? Print(InputValueDefinition inputValue)
    {
        ArgumentNullException.ThrowIfNull(inputValue);
        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        return PrintValue(inputValue.DefaultValue, inputValue.Type)
            ?? throw new InvalidOperationException($"Invalid default value of {inputValue}.");
    }

    /// <summary>
    /// An internal value of <paramref name="type"/> as GraphQL literal text (graphql-js <c>astFromValue</c>),
    /// or null when it cannot be represented.
    /// </summary>
    /// <param name="value">The internal value.</param>
    /// <param name="type">Its input type.</param>
    public static string? PrintValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                var inner = PrintValue(value, nonNull.OfType);
                return inner == "null" ? null : inner;
            case var _ when value is null:
                return "null";
            case ListType list when value is IEnumerable items and not string and not IDictionary:
                var printed = items.Cast<object?>().Select(i => PrintValue(i, list.OfType)).Where(i => i is not null);
                return "[" + string.Join(", ", printed) + "]";
            case ListType list:
                return PrintValue(value, list.OfType);
            case InputObjectType input:
                var fields = new List<string>();
                foreach (var field in input.Fields)
                {
                    if (TryReadField(value, field, out var fieldValue) && PrintValue(fieldValue, field.Type) is { } text)
                    {
                        fields.Add(field.Name + ": " + text);
                    }
                }

                return fields.Count == 0 ? "{}" : "{ " + string.Join(", ", fields) + " }";
            case EnumType enumType:
                return enumType.Serialize(value);
            case ScalarType scalar:
                return PrintLeaf(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    /// <summary>A string as a GraphQL string literal (graphql-js <c>printString</c>).</summary>
    /// <param name="value">The string.</param>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\x7f' and <= '\x9f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string? PrintLeaf(object? serialized, ScalarType scalar) => serialized switch
    {
        null => null,
        bool b => b ? "true" : "false",
        string s when scalar.Name == "ID" && IsIntegerString(s) => s,
        string s => PrintString(s),
        double or float or decimal => Inspector.FormatNumber(Convert.ToDouble(serialized, CultureInfo.InvariantCulture)),
        byte or sbyte or short or ushort or int or uint or long or ulong => Convert.ToString(serialized, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool IsIntegerString(string s)
    {
        var digits = s.StartsWith('-') ? s[1..] : s;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits == "0" || digits[0] != '0');
    }

    private static bool TryReadField(object value, InputFieldDefinition field, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out fieldValue);
            case IDictionary map when map.Contains(field.Name):
                fieldValue = map[field.Name];
                return true;
            case IDictionary:
                fieldValue = null;
                return false;
            default:
                var property = value.GetType().GetProperty(field.RuntimeName ?? field.Name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
                fieldValue = property?.GetValue(value);
                return property is not null;
        }
    }
}
