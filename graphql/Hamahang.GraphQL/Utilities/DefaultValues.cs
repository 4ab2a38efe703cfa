using System.Globalization;
using System.Text;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Prints default values as GraphQL literals, the way graphql-js's <c>getDefaultValueAST</c> then
/// <c>print</c> do: for introspection's <c>defaultValue</c> and for the SDL printer; and strings as
/// string literals.
/// See https://spec.graphql.org/September2025/#sec-The-__InputValue-Type.
/// </summary>
public static class DefaultValues
{
    /// <summary>
    /// The default value of <paramref name="inputValue"/> as GraphQL text, or null when it has none (graphql-js
    /// <c>getDefaultValueAST</c> then <c>print</c>).
    /// </summary>
    /// <param name="inputValue">An argument or input field.</param>
    public static string? Print(InputValueDefinition inputValue)
    {
        ArgumentNullException.ThrowIfNull(inputValue);
        if (inputValue.DefaultValueLiteral is { } literal)
        {
            return ValueLiterals.Print(literal);
        }

        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        var node = ValueLiterals.FromValue(inputValue.DefaultValue, inputValue.Type)
            ?? throw new InvalidOperationException($"Invalid default value of {inputValue}.");
        return ValueLiterals.Print(node);
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
}
