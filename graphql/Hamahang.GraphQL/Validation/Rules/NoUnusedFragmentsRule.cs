using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used: every fragment defined is spread by some operation, directly or through
/// other fragments.
/// See https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used .
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationRuleVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationRuleVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override bool Enter(SyntaxNode node, VisitorContext ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return false;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return false;
                default:
                    return true;
            }
        }

        public override void Leave(SyntaxNode node, VisitorContext ancestors)
        {
            if (node is not DocumentNode || _fragments.Count == 0)
            {
                return;
            }

            var used = context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(ValidationErrors.UnusedFragment(fragment.Name.Value), fragment);
                }
            }
        }
    }
}
