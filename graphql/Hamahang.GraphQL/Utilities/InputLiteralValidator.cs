using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Reports every reason a literal is not a valid value of an input type, with graphql-js 17's
/// <c>validateInputLiteral</c> messages and paths: statically (in a document or a schema, where variables are
/// left to other rules), or at execution with the coerced variable values.
/// See https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type and
/// https://spec.graphql.org/September2025/#CoerceArgumentValues().
/// </summary>
public static class InputLiteralValidator
{
    /// <summary>Validates <paramref name="node"/> against <paramref name="type"/>; <paramref name="onError"/> gets each message and its path.</summary>
    /// <param name="node">The literal.</param>
    /// <param name="type">The input type.</param>
    /// <param name="onError">Receives the message, the path (field names and list indices) and the node.</param>
    /// <param name="hideSuggestions">True to leave out "Did you mean" suggestions.</param>
    /// <param name="variables">The coerced variable values at execution (a variable without one is missing); null to skip variables.</param>
    public static void Validate(
        ValueNode node,
        GraphQLType type,
        Action<string, IReadOnlyList<object>, SyntaxNode> onError,
        bool hideSuggestions = false,
        IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(onError);
        Validate(node, type, (message, path, at, _) => onError(message, path, at), hideSuggestions, variables);
    }

    /// <summary>
    /// <see cref="Validate(ValueNode, GraphQLType, Action{string, IReadOnlyList{object}, SyntaxNode}, bool, IReadOnlyDictionary{string, object?}?)"/>,
    /// with the <c>extensions.code</c> a refusal carries (a global id formatter's <c>INVALID_ID</c>), else null.
    /// </summary>
    internal static void Validate(
        ValueNode node,
        GraphQLType type,
        Action<string, IReadOnlyList<object>, SyntaxNode, string?> onError,
        bool hideSuggestions,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        new Walker(onError, hideSuggestions, variables).Walk(node, type, []);
    }

    private sealed class Walker(
        Action<string, IReadOnlyList<object>, SyntaxNode, string?> report,
        bool hideSuggestions,
        IReadOnlyDictionary<string, object?>? variables)
    {
        private void Report(string message, IReadOnlyList<object> path, SyntaxNode node) => report(message, path, node, null);

        public void Walk(ValueNode node, GraphQLType type, List<object> path)
        {
            if (node is VariableNode variable)
            {
                WalkVariable(variable, type, path);
                return;
            }

            if (type is NonNullType nonNull)
            {
                if (node is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", path.ToList(), node);
                    return;
                }

                Walk(node, nonNull.OfType, path);
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
                        Walk(listNode.Values[i], list.OfType, [.. path, i]);
                    }

                    break;
                case ListType list:
                    Walk(node, list.OfType, path);
                    break;
                case InputObjectType input:
                    WalkObject(node, input, path);
                    break;
                case EnumType or ScalarType:
                    WalkLeaf(node, type, path);
                    break;
            }
        }

        /// <summary>A variable: at execution, a non-null position needs a value that is not null.</summary>
        private void WalkVariable(VariableNode variable, GraphQLType type, List<object> path)
        {
            if (variables is null || type is not NonNullType)
            {
                return;
            }

            var name = variable.Name.Value;
            if (!variables.TryGetValue(name, out var value))
            {
                Report($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", path.ToList(), variable);
            }
            else if (value is null)
            {
                Report($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", path.ToList(), variable);
            }
        }

        private void WalkLeaf(ValueNode node, GraphQLType type, List<object> path)
        {
            try
            {
                _ = type is EnumType e ? e.ParseLiteral(node, hideSuggestions) : ((ScalarType)type).ParseLiteral(node);
            }
            catch (CoercionException error)
            {
                Report(error.Message, path.ToList(), node);
            }
            catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                Report(
                    $"Expected value of type \"{type}\", but encountered error \"{error.Message}\"; found: {ValueLiterals.Print(node)}.",
                    path.ToList(),
                    node);
            }
        }

        private void WalkObject(ValueNode node, InputObjectType input, List<object> path)
        {
            if (node is not ObjectValueNode obj)
            {
                Report($"Expected value of type \"{input}\" to be an object, found: {ValueLiterals.Print(node)}.", path.ToList(), node);
                return;
            }

            foreach (var field in input.Fields)
            {
                var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                if (fieldNode is null)
                {
                    if (field.IsRequired)
                    {
                        Report(
                            $"Expected value of type \"{input}\" to include required field \"{field.Name}\", found: {ValueLiterals.Print(node)}.",
                            path.ToList(),
                            node);
                    }
                }
                else
                {
                    if (fieldNode.Value is VariableNode variable && variables is not null && SkipsVariableField(variable, field, input, path, node))
                    {
                        continue;
                    }

                    Walk(fieldNode.Value, field.Type, [.. path, field.Name]);
                    Format(fieldNode.Value, field, [.. path, field.Name]);
                }
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in obj.Fields)
            {
                var name = fieldNode.Name.Value;
                if (input.GetField(name) is null)
                {
                    var suggestion = hideSuggestions ? string.Empty : SuggestionList.DidYouMean(SuggestionList.Suggest(name, input.Fields.Select(f => f.Name)));
                    Report(
                        $"Expected value of type \"{input}\" not to include unknown field " +
                            $"\"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {ValueLiterals.Print(node)}.",
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
                if (known.Count != 1)
                {
                    Report(InputValues.OneOfMessage(input), path.ToList(), node);
                }
                else if (known[0].Value is NullValueNode)
                {
                    Report(InputValues.OneOfMessage(input), [.. path, known[0].Name.Value], node);
                }
            }
        }

        /// <summary>
        /// A field's formatter (a global id's type check) refusing a value that fits the field's type; a value that
        /// does not fit is reported by <see cref="Walk"/>, a variable left to execution is not checked here.
        /// </summary>
        private void Format(ValueNode node, InputFieldDefinition field, List<object> path)
        {
            if (field.Formatter is null || !InputLiterals.TryCoerce(node, field.Type, out var value, variables))
            {
                return;
            }

            try
            {
                _ = field.Format(value);
            }
            catch (CoercionException refused)
            {
                report(refused.Message, path, node, refused.Code);
            }
        }

        /// <summary>
        /// A variable given to an input object field at execution: in a OneOf object it must have a value that is
        /// not null; elsewhere a missing one leaves an optional field out (true: skip the field).
        /// </summary>
        private bool SkipsVariableField(VariableNode variable, InputFieldDefinition field, InputObjectType input, List<object> path, ValueNode node)
        {
            var name = variable.Name.Value;
            var present = variables!.TryGetValue(name, out var value);
            if (input.IsOneOf)
            {
                if (!present)
                {
                    Report(
                        $"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input}\" to provide a runtime value.",
                        path.ToList(),
                        node);
                }
                else if (value is null)
                {
                    Report(
                        $"Expected variable \"${name}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{input}\" not to be null.",
                        path.ToList(),
                        node);
                }

                return false;
            }

            return !present && !field.IsRequired;
        }
    }
}
