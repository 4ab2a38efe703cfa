using System.Collections;
using System.Globalization;
using System.Text.Json;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Reads what the limits need from an argument's value before execution: the integer a slicing
/// argument (<c>first</c>, <c>last</c>) stands for, and the length of a list argument (<c>ids</c>),
/// from a literal, or from a variable's value (as the request carried it: CLR values or
/// <see cref="JsonElement"/>s), or from the variable's default value.
/// </summary>
internal sealed class ArgumentValues(IReadOnlyDictionary<string, object?>? variables)
{
    private OperationDefinitionNode? _operation;

    /// <summary>The operation whose variable definitions supply defaults.</summary>
    public void SetOperation(OperationDefinitionNode operation) => _operation = operation;

    /// <summary>The integer <paramref name="value"/> stands for, or null (absent, null, not an integer).</summary>
    public long? Integer(ValueNode value) => value switch
    {
        IntValueNode i => long.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : long.MaxValue,
        VariableNode v => TryGetVariable(v, out var runtime) ? IntegerOf(runtime) : DefaultOf(v) is { } d ? Integer(d) : null,
        _ => null,
    };

    /// <summary>
    /// How many items the list <paramref name="value"/> holds once coerced: a list literal's length, a
    /// variable's list length, 1 for a single value (coerced to a list of one), 0 for null.
    /// </summary>
    public long ListLength(ValueNode value) => value switch
    {
        ListValueNode list => list.Values.Count,
        NullValueNode => 0,
        VariableNode v => TryGetVariable(v, out var runtime) ? LengthOf(runtime) : DefaultOf(v) is { } d ? ListLength(d) : 0,
        _ => 1,
    };

    private bool TryGetVariable(VariableNode variable, out object? value)
    {
        value = null;
        return variables is not null && variables.TryGetValue(variable.Name.Value, out value);
    }

    private ValueNode? DefaultOf(VariableNode variable)
    {
        foreach (var definition in _operation?.VariableDefinitions ?? [])
        {
            if (definition.Variable.Name.Value == variable.Name.Value)
            {
                return definition.DefaultValue;
            }
        }

        return null;
    }

    private static long? IntegerOf(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        double d when double.IsFinite(d) && Math.Floor(d) == d => (long)Math.Clamp(d, long.MinValue, long.MaxValue),
        decimal m when decimal.Floor(m) == m => (long)Math.Clamp(m, long.MinValue, long.MaxValue),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.TryGetInt64(out var l) ? l : null,
        _ => null,
    };

    private static long LengthOf(object? value) => value switch
    {
        null => 0,
        string => 1,
        JsonElement { ValueKind: JsonValueKind.Array } e => e.GetArrayLength(),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => 0,
        JsonElement => 1,
        IDictionary => 1,
        ICollection collection => collection.Count,
        IEnumerable items => Count(items),
        _ => 1,
    };

    private static long Count(IEnumerable items)
    {
        long count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
