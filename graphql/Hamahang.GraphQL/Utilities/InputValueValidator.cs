using System.Collections;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>The walk behind <see cref="InputValues.Validate"/>: graphql-js 17's <c>validateInputValue</c> messages.</summary>
internal static class InputValueValidator
{
    public static void Walk(
        object? value,
        bool present,
        GraphQLType type,
        List<object> path,
        Action<string, IReadOnlyList<object>> onError,
        bool hideSuggestions)
    {
        if (type is NonNullType nonNull)
        {
            if (!present)
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", path.ToList());
            }
            else if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToList());
            }
            else
            {
                Walk(value, true, nonNull.OfType, path, onError, hideSuggestions);
            }

            return;
        }

        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case ListType list when InputValues.IsList(value):
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    Walk(InputValues.FromJson(item), true, list.OfType, [.. path, index++], onError, hideSuggestions);
                }

                break;
            case ListType list:
                Walk(value, true, list.OfType, path, onError, hideSuggestions);
                break;
            case InputObjectType input:
                WalkObject(value, input, path, onError, hideSuggestions);
                break;
            case EnumType or ScalarType:
                WalkLeaf(value, type, path, onError, hideSuggestions);
                break;
        }
    }

    /// <summary>A leaf value: the scalar's or enum's own message, or graphql-js's wording for any other failure.</summary>
    private static void WalkLeaf(object value, GraphQLType type, List<object> path, Action<string, IReadOnlyList<object>> onError, bool hideSuggestions)
    {
        try
        {
            _ = type is EnumType enumType ? enumType.ParseValue(value, hideSuggestions) : ((ScalarType)type).ParseValue(value);
        }
        catch (CoercionException error)
        {
            onError(error.Message, path.ToList());
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError($"Expected value of type \"{type}\", but encountered error \"{error.Message}\"; found: {Inspector.Inspect(value)}.", path.ToList());
        }
    }

    private static void WalkObject(object value, InputObjectType input, List<object> path, Action<string, IReadOnlyList<object>> onError, bool hideSuggestions)
    {
        var map = InputValues.AsObject(value);
        if (map is null)
        {
            onError($"Expected value of type \"{input}\" to be an object, found: {Inspector.Inspect(value)}.", path.ToList());
            return;
        }

        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    onError(
                        $"Expected value of type \"{input}\" to include required field \"{field.Name}\", found: {Inspector.Inspect(value)}.",
                        path.ToList());
                }
            }
            else
            {
                var errors = 0;
                Walk(
                    InputValues.FromJson(fieldValue),
                    true,
                    field.Type,
                    [.. path, field.Name],
                    (message, at) => { errors++; onError(message, at); },
                    hideSuggestions);
                if (errors == 0 && field.Formatter is not null && InputValues.TryCoerce(fieldValue, field.Type, out var coerced))
                {
                    try
                    {
                        field.Format(coerced);
                    }
                    catch (CoercionException refused)
                    {
                        onError(refused.Message, [.. path, field.Name]);
                    }
                }
            }
        }

        var known = new List<string>();
        foreach (var name in map.Keys)
        {
            if (input.GetField(name) is null)
            {
                var suggestion = hideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(name, input.Fields.Select(f => f.Name)));
                onError(
                    $"Expected value of type \"{input}\" not to include unknown field " +
                        $"\"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspector.Inspect(value)}.",
                    path.ToList());
            }
            else
            {
                known.Add(name);
            }
        }

        if (input.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(InputValues.OneOfMessage(input), path.ToList());
            }

            if (known.Count > 0 && map[known[0]] is null)
            {
                onError(InputValues.OneOfMessage(input), [.. path, known[0]]);
            }
        }
    }
}
