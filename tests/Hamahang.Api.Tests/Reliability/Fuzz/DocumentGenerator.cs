using System.Text;
using Hamahang.GraphQL.Types;

namespace Hamahang.Api.Tests.Reliability.Fuzz;

/// <summary>A generated operation: its text and the JSON of its variables (null when it has none).</summary>
internal sealed record FuzzOperation(string Document, string? VariablesJson, bool IsMutation);

/// <summary>
/// Builds operations from the running schema: a random root field of Query or Mutation, its arguments filled
/// from <see cref="HostileValues"/> (inline or through variables), and a selection a few levels deep. Every
/// field of the schema can be reached, so a new field is fuzzed without anyone listing it.
/// </summary>
internal sealed class DocumentGenerator(Schema schema, Random random)
{
    private readonly string[] _ids = HostileValues.Ids(schema.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
        .Select(t => t.Name));

    public FuzzOperation Next()
    {
        var mutation = schema.MutationType is not null && random.NextDouble() < 0.4;
        var root = mutation ? schema.MutationType! : schema.QueryType!;
        var field = Pick(root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList());
        var variables = new List<(string Name, string Type, object? Value)>();
        var text = new StringBuilder(mutation ? "mutation" : "query");
        var body = new StringBuilder();
        Field(body, field, 0, variables, asVariables: random.NextDouble() < 0.5);
        if (variables.Count > 0)
        {
            text.Append('(').AppendJoin(", ", variables.Select(v => $"${v.Name}: {v.Type}")).Append(')');
        }

        text.Append(" { ").Append(body).Append(" }");
        var json = variables.Count == 0 ? null : "{" + string.Join(",", variables.Select(v => FuzzValue.Quote(v.Name) + ":" + FuzzValue.Json(v.Value))) + "}";
        return new FuzzOperation(text.ToString(), json, mutation);
    }

    private void Field(StringBuilder text, FieldDefinition field, int depth, List<(string, string, object?)> variables, bool asVariables)
    {
        if (random.NextDouble() < 0.15)
        {
            text.Append('a').Append(depth).Append(random.Next(3)).Append(": ");
        }

        text.Append(field.Name);
        var arguments = field.Arguments.Where(a => a.Type is NonNullType || random.NextDouble() < 0.35).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(');
            foreach (var argument in arguments)
            {
                var value = Value(argument.Type, 0, argument.Name);
                if (asVariables)
                {
                    var name = "v" + variables.Count;
                    variables.Add((name, argument.Type.ToString()!, value));
                    text.Append(argument.Name).Append(": $").Append(name).Append(' ');
                }
                else
                {
                    text.Append(argument.Name).Append(": ").Append(FuzzValue.Literal(value)).Append(' ');
                }
            }

            text.Append(')');
        }

        Selection(text, field.Type.NamedType, depth + 1, variables, asVariables);
    }

    private void Selection(StringBuilder text, GraphQLNamedType type, int depth, List<(string, string, object?)> variables, bool asVariables)
    {
        switch (type)
        {
            case ComplexType complex when depth < 4:
                text.Append(" { __typename ");
                if (complex.Fields.FirstOrDefault(f => f.Name == "errors") is not null)
                {
                    // A payload's errors say whether a mutation was refused, so every payload selects them.
                    text.Append("errors { __typename } ");
                }

                var fields = complex.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
                for (var i = random.Next(1, 5); i > 0 && fields.Count > 0; i--)
                {
                    Field(text, Pick(fields), depth, variables, asVariables);
                    text.Append(' ');
                }

                text.Append('}');
                break;
            case UnionType union when depth < 4:
                text.Append(" { __typename ");
                foreach (var member in union.Types.OfType<ObjectType>().Take(2))
                {
                    text.Append("... on ").Append(member.Name);
                    Selection(text, member, depth + 1, variables, asVariables);
                    text.Append(' ');
                }

                text.Append('}');
                break;
            case ComplexType or UnionType:
                text.Append(" { __typename }");
                break;
        }
    }

    private object? Value(GraphQLType type, int depth, string name)
    {
        if (type is NonNullType nonNull)
        {
            return random.NextDouble() < 0.01 ? null : Value(nonNull.OfType, depth, name);
        }

        if (random.NextDouble() < 0.06)
        {
            return null;
        }

        if (random.NextDouble() < 0.01)
        {
            return Pick(HostileValues.WrongTypes);
        }

        switch (type)
        {
            case ListType list:
                var items = new List<object?>();
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    items.Add(Value(list.OfType, depth + 1, name));
                }

                return items;
            case EnumType enumType:
                return random.NextDouble() < 0.02 ? new EnumName("NOT_A_VALUE") : new EnumName(Pick(enumType.Values.ToList()).Name);
            case InputObjectType input:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var inputField in input.Fields)
                {
                    if (inputField.Type is NonNullType || (depth < 3 && random.NextDouble() < 0.3))
                    {
                        map[inputField.Name] = Value(inputField.Type, depth + 1, inputField.Name);
                    }
                }

                if (random.NextDouble() < 0.01)
                {
                    map["notAField"] = 1L;
                }

                return map;
            case ScalarType scalar:
                return Scalar(scalar.Name, name);
            default:
                return null;
        }
    }

    private object? Scalar(string scalar, string name) => scalar switch
    {
        "Int" or "Long" => Pick(HostileValues.Ints),
        "Float" or "Decimal" => Pick(HostileValues.Floats),
        "Boolean" => random.NextDouble() < 0.9 ? random.NextDouble() < 0.5 : "true",
        "ID" => Pick(_ids),
        "DateTime" => Pick(HostileValues.DateTimes),
        "Date" => Pick(HostileValues.Dates),
        _ when name is "after" or "before" => Pick(HostileValues.Cursors),
        _ => Pick(HostileValues.Strings),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
