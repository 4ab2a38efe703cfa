using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness: an input object value gives each field once.
/// See https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness .
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _stack = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _stack.Push(_known);
                    _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    break;
                case ObjectFieldNode field:
                    if (_known.TryGetValue(field.Name.Value, out var known))
                    {
                        context.ReportError(ValidationErrors.DuplicateInputField(field.Name.Value), known, field.Name);
                    }
                    else
                    {
                        _known[field.Name.Value] = field.Name;
                    }

                    break;
            }

            return true;
        }

        public override void Leave(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is ObjectValueNode)
            {
                _known = _stack.Pop();
            }
        }
    }
}
