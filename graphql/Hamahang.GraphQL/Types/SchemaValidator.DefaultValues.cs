using System.Collections;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Types;

/// <content>Default values: valid for their type, and not circular through input object defaults.</content>
public static partial class SchemaValidator
{
    private static void ValidateDefaultValue(Context context, InputValueDefinition inputValue)
    {
        if (inputValue.DefaultValueLiteral is not { } literal)
        {
            return;
        }

        InputLiteralValidator.Validate(literal, inputValue.Type, (message, path, node) =>
            context.Report($"{inputValue} has invalid default value{PrintPath(path)}: {message}", node));
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        path.Count == 0 ? string.Empty : " at " + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    /// <summary>
    /// "Invalid circular reference": an input field's default value must not need itself through the
    /// defaults of the input objects it contains (graphql-js <c>createInputObjectDefaultValueCircularRefsValidator</c>).
    /// </summary>
    private sealed class DefaultValueCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<(string Field, SyntaxNode? Node)> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        public void Check(InputObjectType input) => DetectValue(input, new Dictionary<string, object?>());

        private void DetectValue(InputObjectType input, object? value)
        {
            if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
            {
                foreach (var item in items)
                {
                    DetectValue(input, item);
                }

                return;
            }

            if (value is null || value is string || value.GetType().IsPrimitive)
            {
                return;
            }

            foreach (var field in input.Fields)
            {
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }

                if (InputObjectValues.TryRead(value, field, out var fieldValue))
                {
                    DetectValue(fieldType, fieldValue);
                }
                else
                {
                    DetectField(field, fieldType, $"{input}.{field.Name}");
                }
            }
        }

        private void DetectLiteral(InputObjectType input, ValueNode literal)
        {
            if (literal is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    DetectLiteral(input, item);
                }

                return;
            }

            if (literal is not ObjectValueNode obj)
            {
                return;
            }

            foreach (var field in input.Fields)
            {
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }

                var fieldNode = obj.Fields.LastOrDefault(f => f.Name.Value == field.Name);
                if (fieldNode is not null)
                {
                    DetectLiteral(fieldType, fieldNode.Value);
                }
                else
                {
                    DetectField(field, fieldType, $"{input}.{field.Name}");
                }
            }
        }

        private void DetectField(InputFieldDefinition field, InputObjectType fieldType, string fieldText)
        {
            if (!field.HasDefaultValue)
            {
                return;
            }

            if (_pathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via = cycleIndex < _path.Count
                    ? " via the default values of: " + string.Join(", ", _path.Skip(cycleIndex).Select(p => p.Field))
                    : string.Empty;
                context.Report(
                    $"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _path.Skip(Math.Max(cycleIndex - 1, 0)).Select(p => p.Node).ToArray());
                return;
            }

            if (_visited.Add(fieldText))
            {
                _path.Add((fieldText, field.DefaultValueLiteral));
                _pathIndex[fieldText] = _path.Count;
                if (field.DefaultValueLiteral is { } literal)
                {
                    DetectLiteral(fieldType, literal);
                }
                else
                {
                    DetectValue(fieldType, field.DefaultValue);
                }

                _path.RemoveAt(_path.Count - 1);
                _pathIndex.Remove(fieldText);
            }
        }
    }
}
