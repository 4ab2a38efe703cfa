using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>
/// Coerces argument literals that may hold variables, as graphql-js 17's <c>coerceInputLiteral</c>
/// does at execution: a variable stands for its coerced value, a missing variable in an input object
/// field lets the field's default apply, and a missing or null variable in a nullable list item is null.
/// See https://spec.graphql.org/September2025/#CoerceArgumentValues().
/// </summary>
internal static class InputLiteralCoercion
{
    /// <summary>The coerced value of <paramref name="node"/> for <paramref name="type"/>, or false when it is invalid.</summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            value = VariableValue(variable, variables);
            return !(value is null && type is NonNullType);
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode listNode:
                var items = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    if (!TryCoerce(itemNode, list.OfType, variables, out var item))
                    {
                        if (itemNode is VariableNode v && VariableValue(v, variables) is null && list.OfType is not NonNullType)
                        {
                            item = null;
                        }
                        else
                        {
                            return false;
                        }
                    }

                    items.Add(item);
                }

                value = items;
                return true;
            case ListType list:
                if (!TryCoerce(node, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?>(1) { single };
                return true;
            case InputObjectType input:
                return TryCoerceObject(node, input, variables, out value);
            case EnumType enumType:
                return TryLeaf(() => enumType.ParseLiteral(node), out value);
            case ScalarType scalar:
                return TryLeaf(() => scalar.ParseLiteral(node), out value);
            default:
                return false;
        }
    }

    /// <summary>The coerced value of a variable, or null when it is absent.</summary>
    public static object? VariableValue(VariableNode variable, IReadOnlyDictionary<string, object?>? variables) =>
        variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;

    /// <summary>True when the variable has no coerced value (it was not provided and has no default).</summary>
    public static bool IsMissing(VariableNode variable, IReadOnlyDictionary<string, object?>? variables) =>
        variables is null || !variables.ContainsKey(variable.Name.Value);

    private static bool TryCoerceObject(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
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
                    fields[field.Name] = field.DefaultValue;
                }
            }
            else
            {
                if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
                {
                    return false;
                }

                fields[field.Name] = fieldValue;
            }
        }

        if (input.IsOneOf)
        {
            if (obj.Fields.Count != 1 || fields.Count != 1)
            {
                return false;
            }

            if (obj.Fields[0].Value is NullValueNode || fields.Values.First() is null)
            {
                return false;
            }
        }

        value = input.CreateValue(fields);
        return true;
    }

    /// <summary>The field node named <paramref name="name"/> of an object literal, or null.</summary>
    public static ObjectFieldNode? Find(ObjectValueNode obj, string name)
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

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }
}
