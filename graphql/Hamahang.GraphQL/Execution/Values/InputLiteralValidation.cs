using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using static Hamahang.GraphQL.Utilities.SuggestionList;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>
/// Explains why an argument literal could not be coerced at execution, given the variables' values:
/// graphql-js 17's <c>validateInputLiteral</c> with runtime variables. Only the first reason is kept,
/// as graphql-js throws on the first. See https://spec.graphql.org/September2025/#CoerceArgumentValues().
/// </summary>
internal static class InputLiteralValidation
{
    /// <summary>The first reason <paramref name="node"/> is invalid for <paramref name="type"/>, with the path inside the value; null when none is found.</summary>
    public static (string Message, List<object> Path, SyntaxNode Node)? FirstError(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions)
    {
        (string, List<object>, SyntaxNode)? first = null;
        Validate(node, type, variables, hideSuggestions, [], (message, path, at) => first ??= (message, [.. path], at));
        return first;
    }

    private static void Validate(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions, List<object> path, Action<string, List<object>, SyntaxNode> onError)
    {
        if (node is VariableNode variable)
        {
            if (type is NonNullType)
            {
                var name = variable.Name.Value;
                if (InputLiteralCoercion.IsMissing(variable, variables))
                {
                    onError($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", path, node);
                }
                else if (variables![name] is null)
                {
                    onError($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", path, node);
                }
            }

            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path, node);
                return;
            }

            Validate(node, nonNull.OfType, variables, hideSuggestions, path, onError);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode listNode:
                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    path.Add(i);
                    Validate(listNode.Values[i], list.OfType, variables, hideSuggestions, path, onError);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case ListType list:
                Validate(node, list.OfType, variables, hideSuggestions, path, onError);
                break;
            case InputObjectType input:
                ValidateObject(node, input, variables, hideSuggestions, path, onError);
                break;
            case EnumType enumType:
                ValidateLeaf(() => enumType.ParseLiteral(node, hideSuggestions), node, type, path, onError);
                break;
            case ScalarType scalar:
                ValidateLeaf(() => scalar.ParseLiteral(node), node, type, path, onError);
                break;
        }
    }

    private static void ValidateObject(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions, List<object> path, Action<string, List<object>, SyntaxNode> onError)
    {
        if (node is not ObjectValueNode obj)
        {
            onError($"Expected value of type \"{input.Name}\" to be an object, found: {Printer.Print(node)}.", path, node);
            return;
        }

        foreach (var field in input.Fields)
        {
            var fieldNode = InputLiteralCoercion.Find(obj, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    onError($"Expected value of type \"{input.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", path, node);
                }

                continue;
            }

            if (fieldNode.Value is VariableNode variable)
            {
                var name = variable.Name.Value;
                var missing = InputLiteralCoercion.IsMissing(variable, variables);
                if (input.IsOneOf)
                {
                    if (missing)
                    {
                        onError($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input.Name}\" to provide a runtime value.", path, node);
                    }
                    else if (variables![name] is null)
                    {
                        onError($"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input.Name}\" not to be null.", path, node);
                    }
                }
                else if (missing && !field.IsRequired)
                {
                    continue;
                }
            }

            path.Add(field.Name);
            Validate(fieldNode.Value, field.Type, variables, hideSuggestions, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            var name = fieldNode.Name.Value;
            if (input.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : DidYouMean(Suggest(name, input.Fields.Select(f => f.Name)));
                var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
                onError($"Expected value of type \"{input.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(node)}.", path, fieldNode);
                continue;
            }

            known.Add(fieldNode);
        }

        if (input.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(InputValues.OneOfMessage(input), path, node);
                return;
            }

            if (known[0].Value is NullValueNode)
            {
                onError(InputValues.OneOfMessage(input), [.. path, known[0].Name.Value], node);
            }
        }
    }

    private static void ValidateLeaf(Func<object?> parse, ValueNode node, GraphQLType type, List<object> path, Action<string, List<object>, SyntaxNode> onError)
    {
        try
        {
            parse();
        }
        catch (CoercionException error)
        {
            onError(error.Message, path, node);
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError($"Expected value of type \"{type}\", but encountered error \"{error.Message}\"; found: {Printer.Print(node)}.", path, node);
        }
    }
}
