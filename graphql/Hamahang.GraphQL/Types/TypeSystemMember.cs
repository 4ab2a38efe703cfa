using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// What every part of a schema has: a description, the directives applied to it, open metadata, and
/// a frozen state. Members are mutable while a schema is assembled and immutable once the
/// <see cref="Schema"/> holding them is created.
/// See https://spec.graphql.org/September2025/#sec-Descriptions.
/// </summary>
public abstract class TypeSystemMember
{
    private string? _description;
    private string? _deprecationReason;

    /// <summary>Creates a member with a name.</summary>
    /// <param name="name">The member's name (https://spec.graphql.org/September2025/#Name).</param>
    protected TypeSystemMember(string name)
    {
        NameValidator.AssertName(name);
        Name = name;
    }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>
    /// Why the member is deprecated, or null when it is not. Set by <c>@deprecated(reason:)</c>;
    /// see https://spec.graphql.org/September2025/#sec--deprecated.
    /// </summary>
    public string? DeprecationReason
    {
        get => _deprecationReason;
        set
        {
            ThrowIfFrozen();
            _deprecationReason = value;
        }
    }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => _deprecationReason is not null;
    private readonly List<AppliedDirective> _appliedDirectives = [];

    /// <summary>
    /// The description, Markdown (CommonMark). "Documentation is a first-class feature of GraphQL type
    /// systems." See https://spec.graphql.org/September2025/#sec-Descriptions.
    /// </summary>
    public string? Description
    {
        get => _description;
        set
        {
            ThrowIfFrozen();
            _description = value;
        }
    }

    /// <summary>Directives applied to this member in its definition (other than the ones the model holds as properties).</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives => _appliedDirectives;

    /// <summary>
    /// Open feature metadata (paging, projection, cost, authorization...) that later stages read.
    /// Writable while the schema is assembled; treat as read-only afterwards.
    /// </summary>
    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>The syntax node this member was built from, when it was built from SDL; otherwise null.</summary>
    public SyntaxNode? SyntaxNode { get; set; }

    /// <summary>The member's coordinate, as graphql-js prints it in messages (<c>Type.field</c>, <c>Type.field(arg:)</c>).</summary>
    public abstract override string ToString();

    /// <summary>True once the schema holding this member has been created.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Records a directive applied to this member.</summary>
    /// <param name="directive">The directive application.</param>
    public void AddAppliedDirective(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ThrowIfFrozen();
        _appliedDirectives.Add(directive);
    }

    /// <summary>Makes this member (and what it owns) immutable.</summary>
    public virtual void Freeze() => IsFrozen = true;

    /// <summary>Throws when the member is frozen.</summary>
    protected void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"{this} belongs to a created schema and can no longer change.");
        }
    }
}
