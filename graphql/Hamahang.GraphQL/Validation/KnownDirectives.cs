using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Validation;

/// <summary>What the directive rules ask of a directive a document may use: where it may stand, whether it repeats, and its required arguments.</summary>
/// <param name="Locations">The locations, as the document spells them (<c>FIELD</c>, <c>QUERY</c>...).</param>
/// <param name="Repeatable">Whether it may be used more than once at one location.</param>
/// <param name="Arguments">The names of its arguments, in order.</param>
/// <param name="RequiredArguments">The arguments it must be given (non-null, no default), with their printed types.</param>
internal sealed record KnownDirective(
    IReadOnlySet<string> Locations,
    bool Repeatable,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<(string Name, string Type)> RequiredArguments);

/// <summary>
/// The directives a document may use, by name: the schema's, read once per schema (a schema is immutable once created),
/// and over them those the document itself defines. Four rules read it; it used to be built by each for every validation.
/// </summary>
internal static class KnownDirectives
{
    private static readonly ConditionalWeakTable<Schema, Dictionary<string, KnownDirective>> BySchema = [];

    public static IReadOnlyDictionary<string, KnownDirective> Of(Schema schema, DocumentNode document)
    {
        var known = BySchema.GetValue(schema, static schema => schema.Directives.ToDictionary(d => d.Name, Read, StringComparer.Ordinal));
        Dictionary<string, KnownDirective>? withDocument = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                withDocument ??= new Dictionary<string, KnownDirective>(known, StringComparer.Ordinal);
                withDocument[directive.Name.Value] = Read(directive);
            }
        }

        return withDocument ?? known;
    }

    private static KnownDirective Read(DirectiveDefinition directive) => new(
        directive.Locations.Select(l => l.ToString()).ToHashSet(StringComparer.Ordinal),
        directive.IsRepeatable,
        [.. directive.Arguments.Select(a => a.Name)],
        [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))]);

    private static KnownDirective Read(DirectiveDefinitionNode directive) => new(
        directive.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
        directive.Repeatable,
        [.. directive.Arguments.Select(a => a.Name.Value)],
        [.. directive.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null).Select(a => (a.Name.Value, Printer.Print(a.Type)))]);
}
