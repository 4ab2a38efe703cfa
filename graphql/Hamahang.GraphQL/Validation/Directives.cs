using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation;

/// <summary>Small lookups over the directives and arguments written on a node.</summary>
internal static class Directives
{
    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    public static ArgumentNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}
