using System.Collections;
using System.Reflection;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>Reads a field of an input object's internal value: a dictionary entry or a CLR property.</summary>
public static class InputObjectValues
{
    /// <summary>True when <paramref name="value"/> has a value for <paramref name="field"/> (which may be null).</summary>
    /// <param name="value">A dictionary or a bound CLR object.</param>
    /// <param name="field">The input field.</param>
    /// <param name="fieldValue">The field's value.</param>
    public static bool TryRead(object? value, InputFieldDefinition field, out object? fieldValue)
    {
        ArgumentNullException.ThrowIfNull(field);
        switch (value)
        {
            case null:
                fieldValue = null;
                return false;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out fieldValue);
            case IDictionary map:
                var has = map.Contains(field.Name);
                fieldValue = has ? map[field.Name] : null;
                return has;
            default:
                var property = value.GetType().GetProperty(
                    field.RuntimeName ?? field.Name,
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                fieldValue = property?.GetValue(value);
                return property is not null;
        }
    }
}
