namespace Hamahang.GraphQL.Data;

/// <summary>One operation of an operation filter input (<c>eq</c>, <c>contains</c>, <c>gt</c>, ...).</summary>
/// <param name="Name">The input field's name.</param>
/// <param name="Kind">What it compares.</param>
/// <param name="Negated">True for the <c>n</c>-prefixed form (<c>neq</c>, <c>ncontains</c>, <c>ngt</c>...).</param>
/// <param name="IsList">True when it takes a list (<c>in</c>, <c>nin</c>).</param>
/// <param name="Cost">The weight of its <c>@cost</c> directive (HotChocolate: 10, string matching 20).</param>
public sealed record FilterOperation(string Name, FilterOperationKind Kind, bool Negated, bool IsList, int Cost)
{
    /// <summary><c>eq neq in nin</c>: equality, for every operation input.</summary>
    public static IReadOnlyList<FilterOperation> Equality { get; } =
    [
        new("eq", FilterOperationKind.Equals, false, false, 10),
        new("neq", FilterOperationKind.Equals, true, false, 10),
        new("in", FilterOperationKind.In, false, true, 10),
        new("nin", FilterOperationKind.In, true, true, 10),
    ];

    /// <summary><c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c>: for ordered scalars.</summary>
    public static IReadOnlyList<FilterOperation> Comparable { get; } =
    [
        .. Equality,
        new("gt", FilterOperationKind.GreaterThan, false, false, 10),
        new("ngt", FilterOperationKind.GreaterThan, true, false, 10),
        new("gte", FilterOperationKind.GreaterThanOrEqual, false, false, 10),
        new("ngte", FilterOperationKind.GreaterThanOrEqual, true, false, 10),
        new("lt", FilterOperationKind.LessThan, false, false, 10),
        new("nlt", FilterOperationKind.LessThan, true, false, 10),
        new("lte", FilterOperationKind.LessThanOrEqual, false, false, 10),
        new("nlte", FilterOperationKind.LessThanOrEqual, true, false, 10),
    ];

    /// <summary><c>eq neq contains ncontains in nin startsWith nstartsWith endsWith nendsWith</c>: for strings.</summary>
    public static IReadOnlyList<FilterOperation> Text { get; } =
    [
        new("eq", FilterOperationKind.Equals, false, false, 10),
        new("neq", FilterOperationKind.Equals, true, false, 10),
        new("contains", FilterOperationKind.Contains, false, false, 20),
        new("ncontains", FilterOperationKind.Contains, true, false, 20),
        new("in", FilterOperationKind.In, false, true, 10),
        new("nin", FilterOperationKind.In, true, true, 10),
        new("startsWith", FilterOperationKind.StartsWith, false, false, 20),
        new("nstartsWith", FilterOperationKind.StartsWith, true, false, 20),
        new("endsWith", FilterOperationKind.EndsWith, false, false, 20),
        new("nendsWith", FilterOperationKind.EndsWith, true, false, 20),
    ];

    /// <summary><c>eq neq</c>: for booleans.</summary>
    public static IReadOnlyList<FilterOperation> Boolean { get; } = [.. Equality.Take(2)];

    /// <summary>True when the operation cannot take null (all but <c>eq</c>/<c>neq</c>, which test for null).</summary>
    public bool RejectsNull => Kind != FilterOperationKind.Equals;
}

/// <summary>What a <see cref="FilterOperation"/> compares.</summary>
public enum FilterOperationKind
{
    /// <summary>Equal to the value (or null).</summary>
    Equals,

    /// <summary>One of the values.</summary>
    In,

    /// <summary>Greater than the value.</summary>
    GreaterThan,

    /// <summary>Greater than or equal to the value.</summary>
    GreaterThanOrEqual,

    /// <summary>Less than the value.</summary>
    LessThan,

    /// <summary>Less than or equal to the value.</summary>
    LessThanOrEqual,

    /// <summary>The text contains the value.</summary>
    Contains,

    /// <summary>The text starts with the value.</summary>
    StartsWith,

    /// <summary>The text ends with the value.</summary>
    EndsWith,
}
