using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Value literals: printing one as graphql-js prints it, making one from an internal value
/// (graphql-js <c>astFromValue</c>), and reading one without a type (<c>valueFromASTUntyped</c>).
/// See https://spec.graphql.org/September2025/#sec-Input-Values.
/// </summary>
public static partial class ValueLiterals
{
    /// <summary>Prints a value literal as graphql-js's printer does (long lists and objects break over lines).</summary>
    /// <param name="node">The literal.</param>
    public static string Print(ValueNode node) => Printer.Print(node);

    /// <summary>
    /// The literal for an internal value of <paramref name="type"/> (graphql-js <c>astFromValue</c>), or null
    /// when the value cannot be represented (e.g. null for a non-null type).
    /// </summary>
    /// <param name="value">The internal value.</param>
    /// <param name="type">Its input type.</param>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                var inner = FromValue(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list when value is IEnumerable items and not string and not IDictionary:
                return new ListValueNode { Values = items.Cast<object?>().Select(i => FromValue(i, list.OfType)).OfType<ValueNode>().ToList() };
            case ListType list:
                return FromValue(value, list.OfType);
            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (InputObjectValues.TryRead(value, field, out var fieldValue) && FromValue(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = node });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    /// <summary>A literal's value without a type: numbers, strings, booleans, enum names as strings, lists and dictionaries.</summary>
    /// <param name="node">The literal (without variables).</param>
    public static object? ToUntypedValue(ValueNode node) => node switch
    {
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? (object)small
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToUntypedValue).ToList(),
        ObjectValueNode obj => ToUntypedObject(obj),
        _ => null,
    };

    // A field given twice keeps its last value, as a JavaScript object does; uniqueness is a validation rule's concern.
    private static Dictionary<string, object?> ToUntypedObject(ObjectValueNode obj)
    {
        var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            fields[field.Name.Value] = ToUntypedValue(field.Value);
        }

        return fields;
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar) => serialized switch
    {
        null => null,
        bool b => new BooleanValueNode { Value = b },
        string s when scalar.Name == "ID" && IntegerString().IsMatch(s) => new IntValueNode { Value = s },
        string s => new StringValueNode { Value = s },
        byte or sbyte or short or ushort or int or uint or long or ulong => new IntValueNode { Value = Convert.ToString(
            serialized,
            CultureInfo.InvariantCulture)! },
        double or float or decimal => Convert.ToDouble(serialized, CultureInfo.InvariantCulture) is var d && double.IsFinite(d)
            ? Inspector.FormatNumber(d) is var text && IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text }
            : null,
        _ => throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}."),
    };

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
