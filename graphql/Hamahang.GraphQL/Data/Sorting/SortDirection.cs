namespace Hamahang.GraphQL.Data;

/// <summary>The values of <c>enum SortEnumType { ASC DESC }</c>.</summary>
public enum SortDirection
{
    /// <summary><c>ASC</c>: smallest first.</summary>
    Ascending,

    /// <summary><c>DESC</c>: largest first.</summary>
    Descending,
}
