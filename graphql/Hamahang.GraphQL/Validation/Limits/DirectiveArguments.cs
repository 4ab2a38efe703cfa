using System.Globalization;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// Finds a directive applied to a schema member and reads its arguments as plain values, wherever the
/// schema keeps it: an <see cref="AppliedDirective"/> (code-first, or types built from SDL) or the
/// member's SDL syntax node (fields, arguments and input fields built from SDL).
/// </summary>
internal static class DirectiveArguments
{
    /// <summary>The arguments of the first application of <paramref name="name"/>, or null when there is none.</summary>
    public static Func<string, object?>? Find(
        string name,
        IReadOnlyList<AppliedDirective> applied,
        object? syntaxNode,
        IEnumerable<object>? extensionNodes = null)
    {
        foreach (var directive in applied)
        {
            if (directive.Name == name)
            {
                return argument => directive.Arguments.GetValueOrDefault(argument);
            }
        }

        foreach (var node in extensionNodes is null ? [syntaxNode] : extensionNodes.Prepend(syntaxNode))
        {
            var directives = node switch
            {
                FieldDefinitionNode field => field.Directives,
                InputValueDefinitionNode input => input.Directives,
                TypeSystemDefinitionNode type => type.Directives,
                TypeSystemExtensionNode extension => extension.Directives,
                _ => null,
            };
            var directive = directives?.FirstOrDefault(d => d.Name.Value == name);
            if (directive is not null)
            {
                return argument => ToPlain(directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value);
            }
        }

        return null;
    }

    /// <summary>A <c>weight</c> value (a string by the specification; a number is accepted too) as a number.</summary>
    public static double? Weight(object? value) => value switch
    {
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        int i => i,
        long l => l,
        double d when double.IsFinite(d) => d,
        _ => null,
    };

    private static object? ToPlain(ValueNode? value) => value switch
    {
        IntValueNode i => long.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToPlain).ToList(),
        _ => null,
    };
}
