using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <content>Input object fields, OneOf rules and input objects that cannot be given a finite value.</content>
public static partial class SchemaValidator
{
    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input} must define one or more fields.", input.SyntaxNode);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {field} must be Input Type but got: {field.Type}.", field.SyntaxNode);
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report($"Required input field {field} cannot be deprecated.", field.SyntaxNode);
            }

            ValidateDefaultValue(context, field);
            if (input.IsOneOf)
            {
                // "OneOf Input Objects": https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects.Type-Validation
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {input}.{field.Name} must be nullable.", field.SyntaxNode);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {input}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }

    /// <summary>
    /// "If an Input Object references itself either directly or through referenced Input Objects, at least
    /// one of the fields in the chain of references must be either a nullable or a List type" (and a OneOf
    /// input object needs one field leading elsewhere). Reports each cycle once, as graphql-js does.
    /// </summary>
    private static void DetectNonFiniteInputObjects(Context context, List<InputObjectType> inputObjects)
    {
        var states = new Dictionary<InputObjectType, FiniteState>();
        foreach (var input in inputObjects)
        {
            states[input] = new FiniteState(input);
        }

        var ready = new Stack<FiniteState>();
        void Mark(FiniteState state)
        {
            if (!state.HasFiniteValue)
            {
                state.HasFiniteValue = true;
                ready.Push(state);
            }
        }

        foreach (var state in states.Values)
        {
            foreach (var field in state.Input.Fields)
            {
                var target = state.Input.IsOneOf
                    ? field.Type as InputObjectType
                    : (field.Type as NonNullType)?.OfType as InputObjectType;
                if (target is null)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }

            if (state.Input.IsOneOf)
            {
                if (state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count)
                {
                    Mark(state);
                }
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    Mark(state);
                }
            }
        }

        while (ready.TryPop(out var next))
        {
            foreach (var dependent in next.Dependents)
            {
                if (dependent.HasFiniteValue)
                {
                    continue;
                }

                if (dependent.Input.IsOneOf || --dependent.Unresolved == 0)
                {
                    Mark(dependent);
                }
            }
        }

        var visited = new HashSet<InputObjectType>();
        var path = new List<(string Text, SyntaxNode? Node)>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        void Report(FiniteState state)
        {
            if (!visited.Add(state.Input))
            {
                return;
            }

            pathIndex[state.Input] = path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                path.Add(($"{state.Input}.{field.Name}", field.SyntaxNode));
                if (pathIndex.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    context.Report(
                        $"Input Object {target} cannot be provided a finite value because it references itself through fields: " +
                            $"{string.Join(", ", cycle.Select(p => p.Text))}.",
                        cycle.Select(p => p.Node).ToArray());
                }
                else
                {
                    Report(targetState);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndex.Remove(state.Input);
        }

        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                Report(state);
            }
        }
    }

    private sealed class FiniteState(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;

        public List<(InputFieldDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<FiniteState> Dependents { get; } = [];

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; set; }
    }
}
