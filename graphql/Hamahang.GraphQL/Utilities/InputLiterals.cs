using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Coerces and validates input literals against input types, as graphql-js 17's <c>coerceInputLiteral</c>
/// and <c>validateInputLiteral</c> do: for default values in schemas, and for arguments in documents.
/// See https://spec.graphql.org/September2025/#sec-Input-Values and
/// https://spec.graphql.org/September2025/#CoerceArgumentValues().
/// </summary>
public static class InputLiterals
{
    [ThreadStatic]
    private static HashSet<InputValueDefinition>? _coercing;

    /// <summary>
    /// The coerced value of <paramref name="node"/> for <paramref name="type"/>, or false when the literal is
    /// invalid. <paramref name="variables"/> holds coerced variable values; a variable that is absent is missing.
    /// Input objects become <see cref="InputObjectType.CreateValue"/>'s result.
    /// </summary>
    /// <param name="node">The literal.</param>
    /// <param name="type">The input type.</param>
    /// <param name="value">The coerced value.</param>
    /// <param name="variables">Coerced variable values, if any.</param>
    public static bool TryCoerce(ValueNode node, GraphQLType type, out object? value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (node is VariableNode variable)
        {
            var present = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            return !(type is NonNullType && (!present || value is null)) && present;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, out value, variables);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list when node is not ListValueNode:
                if (!TryCoerce(node, list.OfType, out var single, variables))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;
            case ListType list:
                var listNode = (ListValueNode)node;
                var items = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    if (!TryCoerce(itemNode, list.OfType, out var item, variables))
                    {
                        // A missing or null variable in a nullable item is null.
                        var nullVariable = itemNode is VariableNode v && (variables is null || !variables.TryGetValue(v.Name.Value, out var vv) || vv is null);
                        if (!(nullVariable && list.OfType is not NonNullType))
                        {
                            return false;
                        }

                        item = null;
                    }

                    items.Add(item);
                }

                value = items;
                return true;
            case InputObjectType input:
                return TryCoerceObject(node, input, out value, variables);
            case EnumType enumType:
                return InputValues.TryParse(() => enumType.ParseLiteral(node), out value);
            case ScalarType scalar:
                return InputValues.TryParse(() => scalar.ParseLiteral(node), out value);
            default:
                return false;
        }
    }

    private static bool TryCoerceObject(ValueNode node, InputObjectType input, out object? value, IReadOnlyDictionary<string, object?>? variables)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        foreach (var fieldNode in obj.Fields)
        {
            if (input.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
        }

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var fieldNode = Find(obj, field.Name);
            if (fieldNode is null || (fieldNode.Value is VariableNode v && IsMissing(v, variables)))
            {
                if (field.IsRequired)
                {
                    return false;
                }

                if (field.HasDefaultValue)
                {
                    fields[field.Name] = DefaultValueOf(field);
                }
            }
            else
            {
                if (!TryCoerce(fieldNode.Value, field.Type, out var fieldValue, variables) || !InputValues.TryFormat(field, ref fieldValue))
                {
                    return false;
                }

                fields[field.Name] = fieldValue;
            }
        }

        if (input.IsOneOf && (obj.Fields.Count != 1 || fields.Count != 1 || obj.Fields[0].Value is NullValueNode || fields.Values.First() is null))
        {
            return false;
        }

        value = input.CreateValue(fields);
        return true;
    }

    /// <summary>True when the variable has no coerced value (it was not provided and has no default).</summary>
    private static bool IsMissing(VariableNode variable, IReadOnlyDictionary<string, object?>? variables) =>
        variables is null || !variables.ContainsKey(variable.Name.Value);

    private static ObjectFieldNode? Find(ObjectValueNode obj, string name)
    {
        foreach (var fieldNode in obj.Fields)
        {
            if (fieldNode.Name.Value == name)
            {
                return fieldNode;
            }
        }

        return null;
    }

    /// <summary>The coerced default value of an argument or input field (from its literal when it has one).</summary>
    /// <param name="inputValue">The argument or input field.</param>
    public static object? DefaultValueOf(InputValueDefinition inputValue)
    {
        ArgumentNullException.ThrowIfNull(inputValue);
        if (inputValue.IsFrozen || inputValue.DefaultValueLiteral is not { } literal)
        {
            return inputValue.DefaultValue;
        }

        // A default that needs itself (through input object defaults) is reported by schema validation.
        _coercing ??= [];
        if (!_coercing.Add(inputValue))
        {
            return null;
        }

        try
        {
            return TryCoerce(literal, inputValue.Type, out var coerced) ? coerced : inputValue.DefaultValue;
        }
        finally
        {
            _coercing.Remove(inputValue);
        }
    }
}
