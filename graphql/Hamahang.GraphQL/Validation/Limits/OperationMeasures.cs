using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Validation.Limits;

/// <summary>
/// What <see cref="RequestLimitsAnalyzer"/> measured of one operation with its fragments expanded (each
/// fragment counted once per use): the numbers the limits of <see cref="RequestLimits"/> are checked against.
/// </summary>
public readonly record struct OperationMeasures
{
    /// <summary>The deepest field nesting (a root field is at depth 1).</summary>
    public long Depth { get; init; }

    /// <summary>The number of aliased fields; saturates at <see cref="long.MaxValue"/>.</summary>
    public long Aliases { get; init; }

    /// <summary>The number of field selections; saturates at <see cref="long.MaxValue"/>.</summary>
    public long Fields { get; init; }

    /// <summary>The most directives at any one location.</summary>
    public long Directives { get; init; }

    /// <summary>The location holding <see cref="Directives"/> directives, if any has one.</summary>
    public SyntaxNode? DirectivesLocation { get; init; }

    /// <summary>The most ids any one <c>nodes(ids:)</c> selection asks for.</summary>
    public long NodesIds { get; init; }

    /// <summary>The field selection asking for <see cref="NodesIds"/> ids, if any.</summary>
    public FieldNode? NodesField { get; init; }

    /// <summary>True when the document nests so deeply that the analysis stopped before the thread's stack ran out.</summary>
    public bool TooDeep { get; init; }

    /// <summary>The measures of a selection set holding both <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="a">One part.</param>
    /// <param name="b">The other part.</param>
    public static OperationMeasures Combine(in OperationMeasures a, in OperationMeasures b) => new()
    {
        Depth = Math.Max(a.Depth, b.Depth),
        Aliases = Saturating.Add(a.Aliases, b.Aliases),
        Fields = Saturating.Add(a.Fields, b.Fields),
        Directives = b.Directives > a.Directives ? b.Directives : a.Directives,
        DirectivesLocation = b.Directives > a.Directives ? b.DirectivesLocation : a.DirectivesLocation,
        NodesIds = b.NodesIds > a.NodesIds ? b.NodesIds : a.NodesIds,
        NodesField = b.NodesIds > a.NodesIds ? b.NodesField : a.NodesField,
        TooDeep = a.TooDeep || b.TooDeep,
    };
}
