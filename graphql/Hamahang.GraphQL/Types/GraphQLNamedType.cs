using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A named type: scalar, object, interface, union, enum or input object.
/// "All types within a GraphQL schema must have unique names." See
/// https://spec.graphql.org/September2025/#sec-Types.
/// Mutable while a schema is assembled, immutable once the <see cref="Schema"/> holding it is created.
/// </summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private string? _description;
    private readonly List<AppliedDirective> _appliedDirectives = [];

    /// <summary>Creates a named type.</summary>
    /// <param name="name">The type's name (https://spec.graphql.org/September2025/#Name).</param>
    protected GraphQLNamedType(string name)
    {
        NameValidator.AssertName(name);
        Name = name;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The description (Markdown), or null. See https://spec.graphql.org/September2025/#sec-Descriptions.</summary>
    public string? Description
    {
        get => _description;
        set
        {
            ThrowIfFrozen();
            _description = value;
        }
    }

    /// <summary>Directives applied to the type's definition (beyond those the model holds as properties).</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives => _appliedDirectives;

    /// <summary>Open feature metadata for later stages; treat as read-only once the schema is created.</summary>
    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>The definition node, when built from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; set; }

    /// <summary>Extension nodes (<c>extend type ...</c>) merged into this type, when built from SDL.</summary>
    public List<TypeExtensionNode> ExtensionSyntaxNodes { get; } = [];

    /// <summary>The CLR type values of this GraphQL type have at runtime, when known (code-first).</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>True once the schema holding this type has been created.</summary>
    public bool IsFrozen { get; private set; }

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => this;

    /// <summary>Records a directive applied to this type.</summary>
    /// <param name="directive">The directive application.</param>
    public void AddAppliedDirective(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ThrowIfFrozen();
        _appliedDirectives.Add(directive);
    }

    /// <summary>Makes the type (and its fields, values and arguments) immutable.</summary>
    public virtual void Freeze() => IsFrozen = true;

    /// <summary>Throws when the type is frozen.</summary>
    protected void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"Type {Name} belongs to a created schema and can no longer change.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
