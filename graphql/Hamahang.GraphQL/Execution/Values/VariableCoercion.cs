using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Execution.Values;

/// <summary>
/// The "coerce variables" stage: "CoerceVariableValues(schema, operation, variableValues)". Every
/// variable is checked before failing, with graphql-js 17's messages
/// (<c>Variable "$v" has invalid value at [1]: ...</c>); at most 50 errors are reported.
/// See https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values.
/// </summary>
public static class VariableCoercion
{
    private const int MaxErrors = 50;

    /// <summary>
    /// Coerces <paramref name="inputs"/> (external values: strings, numbers, booleans, lists, maps) for the
    /// variables <paramref name="operation"/> defines. Returns the coerced values (a variable neither given
    /// nor defaulted is absent), or the errors.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="operation">The operation whose variable definitions apply.</param>
    /// <param name="inputs">The request's variables, or null.</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    /// <param name="errors">The coercion errors, when there are any.</param>
    /// <returns>The coerced values, or null when there are errors.</returns>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        bool hideSuggestions,
        out IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        var found = new List<GraphQLError>();
        errors = found;
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            CoerceAll(schema, operation, inputs, hideSuggestions, coerced, found);
        }
        catch (VariableErrorLimitException limit)
        {
            found.Add(new GraphQLError(limit.Message));
        }

        return found.Count == 0 ? coerced : null;
    }

    private static void CoerceAll(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        bool hideSuggestions,
        Dictionary<string, object?> coerced,
        List<GraphQLError> found)
    {
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                found.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    nodes: [definition]));
                continue;
            }

            var present = inputs is not null && inputs.TryGetValue(name, out _);
            var value = present ? inputs![name] : null;
            if (!present)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (InputLiterals.TryCoerce(defaultValue, type, out var coercedDefault))
                    {
                        coerced[name] = coercedDefault;
                    }
                    else
                    {
                        found.Add(new GraphQLError($"Variable \"${name}\" has invalid default value: {Printer.Print(defaultValue)}.", nodes: [definition]));
                    }

                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }
            }

            if (InputValues.TryCoerce(value, type, out var coercedValue) && present)
            {
                coerced[name] = coercedValue;
                continue;
            }

            InputValues.Validate(value, type, (message, path) =>
            {
                if (found.Count >= MaxErrors)
                {
                    throw new VariableErrorLimitException();
                }

                found.Add(new GraphQLError($"Variable \"${name}\" has invalid value{PrintPath(path)}: {message}", nodes: [definition]));
            }, hideSuggestions, provided: present);
        }
    }

    /// <summary>The empty set of variable values.</summary>
    internal static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    /// <summary>The schema type a type reference names (graphql-js <c>typeFromAST</c>), or null when a name is unknown.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="node">The type reference.</param>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return node switch
        {
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }

    /// <summary>" at [1].from" for a path inside a value (graphql-js <c>printPathArray</c>), or the empty string.</summary>
    internal static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            _ = key is int index ? builder.Append('[').Append(index).Append(']') : builder.Append('.').Append(key);
        }

        return builder.ToString();
    }

    /// <summary>Thrown inside coercion when the error limit is reached.</summary>
    internal sealed class VariableErrorLimitException : Exception
    {
        public VariableErrorLimitException()
            : base("Too many errors processing variables, error limit reached. Execution aborted.")
        {
        }
    }
}
