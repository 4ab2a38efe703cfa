using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A directive applied to a type system member, e.g. <c>@key(fields: "id")</c> on an object type.
/// "Directives provide a way to describe alternate runtime execution and type validation behavior."
/// See https://spec.graphql.org/September2025/#sec-Language.Directives.
/// </summary>
/// <param name="name">The directive's name, without <c>@</c>.</param>
/// <param name="arguments">Argument values by name, as plain values (string, int, double, bool, lists, dictionaries, enum names).</param>
public sealed class AppliedDirective(string name, IReadOnlyDictionary<string, object?>? arguments = null)
{
    /// <summary>The directive's name, without <c>@</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Argument values by name.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    /// <summary>The syntax node this application was read from, when built from SDL.</summary>
    public DirectiveNode? SyntaxNode { get; init; }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
