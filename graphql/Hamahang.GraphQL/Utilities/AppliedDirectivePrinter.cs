using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Utilities;

/// <summary>
/// Prints the directives applied to a schema member, for <see cref="SchemaPrinter"/> when the schema asks for
/// them (<see cref="Schema.PrintsAppliedDirectives"/>): " @name(arg: value, ...)" for each application, in the
/// order they were applied, the arguments in the definition's order and typed by it ("Directives[Const] :
/// Directive[Const]+", https://spec.graphql.org/September2025/#Directives). A directive the schema does not
/// define, or one the printer already writes (<c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>), is left out,
/// so the SDL always builds again.
/// </summary>
internal sealed class AppliedDirectivePrinter
{
    private readonly Schema? _schema;

    /// <summary>Prints the applied directives that <paramref name="schema"/> defines.</summary>
    /// <param name="schema">The schema being printed.</param>
    public AppliedDirectivePrinter(Schema schema) => _schema = schema;

    private AppliedDirectivePrinter()
    {
    }

    /// <summary>Prints nothing: graphql-js's <c>printSchema</c>.</summary>
    public static AppliedDirectivePrinter None { get; } = new();

    /// <summary>The applied directives as SDL, each preceded by a space; empty when there are none to print.</summary>
    /// <param name="directives">The member's applied directives.</param>
    public string Print(IReadOnlyList<AppliedDirective> directives)
    {
        if (_schema is null || directives.Count == 0)
        {
            return string.Empty;
        }

        var printed = string.Empty;
        foreach (var directive in directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive.Name) && _schema.GetDirective(directive.Name) is { } definition)
            {
                printed += " @" + directive.Name + Arguments(directive, definition);
            }
        }

        return printed;
    }

    private static string Arguments(AppliedDirective directive, DirectiveDefinition definition)
    {
        var arguments = new List<string>();
        foreach (var argument in definition.Arguments)
        {
            if (directive.Arguments.TryGetValue(argument.Name, out var value) && ValueLiterals.FromValue(value, argument.Type) is { } literal)
            {
                arguments.Add(argument.Name + ": " + ValueLiterals.Print(literal));
            }
        }

        return arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty;
    }
}
