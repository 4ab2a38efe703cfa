using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// A directive definition: "DirectiveDefinition : Description? directive @ Name ArgumentsDefinition?
/// repeatable? on DirectiveLocations". See https://spec.graphql.org/September2025/#sec-Type-System.Directives.
/// </summary>
/// <param name="name">The directive's name, without <c>@</c>.</param>
public sealed class DirectiveDefinition(string name) : TypeSystemMember(name)
{
    private readonly List<ArgumentDefinition> _arguments = [];
    private readonly List<DirectiveLocation> _locations = [];
    private bool _isRepeatable;

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    /// <summary>The locations where the directive may appear, in definition order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations => _locations;

    /// <summary>"A directive may be defined as repeatable ... to allow it to be used more than once at the same location."</summary>
    public bool IsRepeatable
    {
        get => _isRepeatable;
        set
        {
            ThrowIfFrozen();
            _isRepeatable = value;
        }
    }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    /// <param name="name">The argument's name.</param>
    public ArgumentDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    /// <summary>Adds an argument.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>This directive.</returns>
    public DirectiveDefinition AddArgument(ArgumentDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ThrowIfFrozen();
        argument.Owner = this;
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Adds locations.</summary>
    /// <param name="locations">The locations.</param>
    /// <returns>This directive.</returns>
    public DirectiveDefinition AddLocations(params DirectiveLocation[] locations)
    {
        ThrowIfFrozen();
        _locations.AddRange(locations);
        return this;
    }

    /// <inheritdoc />
    public override void Freeze()
    {
        base.Freeze();
        foreach (var argument in _arguments)
        {
            argument.Freeze();
        }
    }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
