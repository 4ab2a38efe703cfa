using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>
/// "CoerceArgumentValues(objectType, field, variableValues)": the argument values a resolver receives,
/// with defaults applied and variables replaced; an invalid argument is a field error worded as
/// graphql-js 17 words it (<c>Argument "Query.book(ref:)" has invalid value: ...</c>).
/// See https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments.
/// </summary>
internal static class ArgumentCoercion
{
    /// <summary>Arguments of a field without any.</summary>
    public static IReadOnlyDictionary<string, object?> None { get; } = new Dictionary<string, object?>();

    /// <summary>True when the written <paramref name="arguments"/> refer to no variable, so they coerce the same way every time.</summary>
    public static bool IsConstant(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (HasVariable(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Coerces the arguments of <paramref name="definitions"/> written in <paramref name="arguments"/>; on failure
    /// returns null and the message of the first invalid argument.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        IReadOnlyList<ArgumentDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        Func<ArgumentDefinition, string> describe,
        bool hideSuggestions,
        out ArgumentError? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = Find(arguments, definition.Name);
            if (argument is null)
            {
                if (definition.IsRequired)
                {
                    error = new($"{describe(definition)} of required type \"{definition.Type}\" was not provided.", null);
                    return null;
                }

                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            if (argument.Value is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value)) && !definition.IsRequired)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            if (!InputLiterals.TryCoerce(argument.Value, definition.Type, out var value, variables))
            {
                // graphql-js throws on the first reason, so only the first is reported.
                (string Message, IReadOnlyList<object> Path, SyntaxNode Node, string? Code)? reason = null;
                InputLiteralValidator.Validate(
                    argument.Value,
                    definition.Type,
                    (message, path, node, code) => reason ??= (message, path, node, code),
                    hideSuggestions,
                    variables);
                error = reason is { } r
                    ? new($"{describe(definition)} has invalid value{VariableCoercion.PrintPath(r.Path)}: {r.Message}", r.Node, r.Code)
                    : new($"{describe(definition)} has invalid value: {Printer.Print(argument.Value)}.", argument.Value);
                return null;
            }

            try
            {
                coerced[definition.Name] = definition.Format(value);
            }
            catch (CoercionException exception)
            {
                // A formatter's refusal (a global id of another type) is worded by the formatter, as HotChocolate's is.
                error = new(exception.Message, argument.Value, exception.Code);
                return null;
            }
        }

        return coerced;
    }

    /// <summary>"Argument "Query.book(ref:)"": how graphql-js names a field argument in messages.</summary>
    public static string DescribeFieldArgument(FieldDefinition field, ArgumentDefinition argument) =>
        $"Argument \"{field.DeclaringType?.Name}.{field.Name}({argument.Name}:)\"";

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static bool HasVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(HasVariable),
        ObjectValueNode obj => obj.Fields.Any(f => HasVariable(f.Value)),
        _ => false,
    };
}

/// <summary>Why an argument could not be coerced, the syntax node the error points at (null: the field) and its code, if any.</summary>
internal sealed record ArgumentError(string Message, SyntaxNode? Node, string? Code = null);
