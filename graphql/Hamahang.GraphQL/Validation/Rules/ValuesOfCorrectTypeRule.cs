using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal is a valid value of the input type expected where it
/// stands: scalars and enums accept it, input objects get known fields and every required one, and
/// a <c>@oneOf</c> input object gets exactly one non-null field. Variables are checked elsewhere.
/// See https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type .
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            // A list's items are typed by TypeInfo already, so a list is checked against the type around it.
            var type = node switch
            {
                ListValueNode => context.TypeInfo.ParentInputType,
                NullValueNode or ObjectValueNode or EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode =>
                    context.TypeInfo.InputType,
                _ => null,
            };
            if (node is not ValueNode value || node is VariableNode)
            {
                return true;
            }

            if (type is not null)
            {
                Validate(value, type);
            }

            return false;
        }

        // graphql-js validateInputLiteral, statically (variables are not known yet).
        private void Validate(ValueNode node, GraphQLType type)
        {
            ValidationStoppedException.EnsureStack();
            if (node is VariableNode)
            {
                return;
            }

            if (type is NonNullType nonNull)
            {
                if (node is NullValueNode)
                {
                    context.ReportError(ValidationErrors.NullForNonNull(type.ToString()), node);
                    return;
                }

                Validate(node, nonNull.OfType);
                return;
            }

            switch (node, type)
            {
                case (NullValueNode, _):
                    return;
                case (ListValueNode list, ListType listType):
                    foreach (var item in list.Values)
                    {
                        Validate(item, listType.OfType);
                    }

                    return;
                case (_, ListType listType):
                    Validate(node, listType.OfType);
                    return;
                case (_, InputObjectType inputObject):
                    ValidateObject(node, inputObject);
                    return;
                case (_, EnumType enumType):
                    ValidateLeaf(node, type, () => enumType.ParseLiteral(node, context.HideSuggestions));
                    return;
                case (_, ScalarType scalar):
                    ValidateLeaf(node, type, () => scalar.ParseLiteral(node));
                    return;
            }
        }

        private void ValidateObject(ValueNode node, InputObjectType type)
        {
            if (node is not ObjectValueNode obj)
            {
                context.ReportError(ValidationErrors.NotAnObject(type.Name, Printer.Print(node)), node);
                return;
            }

            // The last of fields given twice counts (uniqueness is another rule's concern).
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
            {
                given[field.Name.Value] = field;
            }

            foreach (var field in type.Fields)
            {
                if (given.TryGetValue(field.Name, out var fieldNode))
                {
                    Validate(fieldNode.Value, field.Type);
                    ValidateFormat(fieldNode.Value, field);
                }
                else if (field.IsRequired)
                {
                    context.ReportError(ValidationErrors.MissingInputField(type.Name, field.Name, Printer.Print(node)), node);
                }
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in obj.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.GetField(name) is null)
                {
                    var suggestion = context.HideSuggestions
                        ? string.Empty
                        : SuggestionList.DidYouMean(SuggestionList.Suggest(name, type.Fields.Select(f => f.Name)));
                    context.ReportError(ValidationErrors.UnknownInputField(type.Name, name, suggestion, Printer.Print(node)), fieldNode);
                }
                else
                {
                    known.Add(fieldNode);
                }
            }

            if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
            {
                context.ReportError(ValidationErrors.OneOfNotExactlyOne(type.Name), node);
            }
        }

        // A literal the field's formatter refuses (a global id of another type, say) is as invalid as one
        // its type refuses; a value holding variables is checked when the variables are coerced.
        private void ValidateFormat(ValueNode node, InputFieldDefinition field)
        {
            if (field.Formatter is null || !InputLiterals.TryCoerce(node, field.Type, out var value))
            {
                return;
            }

            try
            {
                _ = field.Format(value);
            }
            catch (CoercionException error)
            {
                context.ReportError(ValidationErrors.InvalidLeafValue(field.Type.ToString(), error.Message, Printer.Print(node)), node);
            }
        }

        private void ValidateLeaf(ValueNode node, GraphQLType type, Func<object?> parse)
        {
            try
            {
                _ = parse();
            }
            catch (CoercionException error)
            {
                context.ReportError(error.Message, error.Node as SyntaxNode ?? node);
            }
#pragma warning disable CA1031 // A scalar's own failure becomes a validation error, as graphql-js reports it.
            catch (Exception error)
#pragma warning restore CA1031
            {
                context.ReportError(ValidationErrors.InvalidLeafValue(type.ToString(), error.Message, Printer.Print(node)), node);
            }
        }
    }
}
