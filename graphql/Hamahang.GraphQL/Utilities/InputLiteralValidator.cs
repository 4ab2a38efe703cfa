using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Reports every reason a literal (without variables) is not a valid value of an input type, with
/// graphql-js 17's <c>validateInputLiteral</c> messages and paths.
/// See https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type.
/// </summary>
public static class InputLiteralValidator
{
    /// <summary>Validates <paramref name="node"/> against <paramref name="type"/>; <paramref name="onError"/> gets each message and its path.</summary>
    /// <param name="node">The literal.</param>
    /// <param name="type">The input type.</param>
    /// <param name="onError">Receives the message, the path (field names and list indices) and the node.</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    public static void Validate(ValueNode node, GraphQLType type, Action<string, IReadOnlyList<object>, SyntaxNode> onError, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        Walk(node, type, [], onError, hideSuggestions);
    }

    private static void Walk(ValueNode node, GraphQLType type, List<object> path, Action<string, IReadOnlyList<object>, SyntaxNode> onError, bool hideSuggestions)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToList(), node);
                return;
            }

            Walk(node, nonNull.OfType, path, onError, hideSuggestions);
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
                    Walk(listNode.Values[i], list.OfType, [.. path, i], onError, hideSuggestions);
                }

                break;
            case ListType list:
                Walk(node, list.OfType, path, onError, hideSuggestions);
                break;
            case InputObjectType input:
                WalkObject(node, input, path, onError, hideSuggestions);
                break;
            case EnumType or ScalarType:
                try
                {
                    _ = type is EnumType e ? e.ParseLiteral(node, hideSuggestions) : ((ScalarType)type).ParseLiteral(node);
                }
                catch (CoercionException error)
                {
                    onError(error.Message, path.ToList(), node);
                }

                break;
        }
    }

    private static void WalkObject(ValueNode node, InputObjectType input, List<object> path, Action<string, IReadOnlyList<object>, SyntaxNode> onError, bool hideSuggestions)
    {
        if (node is not ObjectValueNode obj)
        {
            onError($"Expected value of type \"{input}\" to be an object, found: {ValueLiterals.Print(node)}.", path.ToList(), node);
            return;
        }

        foreach (var field in input.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    onError($"Expected value of type \"{input}\" to include required field \"{field.Name}\", found: {ValueLiterals.Print(node)}.", path.ToList(), node);
                }
            }
            else
            {
                Walk(fieldNode.Value, field.Type, [.. path, field.Name], onError, hideSuggestions);
            }
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            var name = fieldNode.Name.Value;
            if (input.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(name, input.Fields.Select(f => f.Name)));
                onError(
                    $"Expected value of type \"{input}\" not to include unknown field \"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {ValueLiterals.Print(node)}.",
                    path.ToList(),
                    fieldNode);
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (input.IsOneOf)
        {
            var message = $"Within OneOf Input Object type \"{input}\", exactly one field must be specified, and the value for that field must be non-null.";
            if (known.Count != 1)
            {
                onError(message, path.ToList(), node);
            }
            else if (known[0].Value is NullValueNode)
            {
                onError(message, [.. path, known[0].Name.Value], node);
            }
        }
    }
}
