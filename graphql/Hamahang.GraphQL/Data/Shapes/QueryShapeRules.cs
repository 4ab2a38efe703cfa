using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>What a query provider's trees hold besides the nodes every LINQ tree has, for <see cref="QueryShape"/>.</summary>
public sealed class QueryShapeRules
{
    /// <summary>Trees of LINQ to objects: the list a query reads (an <c>EnumerableQuery</c> constant) is a value, not part of the shape.</summary>
    public static QueryShapeRules InMemory { get; } = new() { IsValue = constant => constant.Value is EnumerableQuery };

    /// <summary>Names a provider's query root (an extension node): equal names, equal roots; null for a node the provider does not know.</summary>
    public Func<Expression, object?> Root { get; init; } = _ => null;

    /// <summary>Whether a static member stays in the tree as it is (EF Core's <c>EF.Functions</c>) rather than leaving the query without a shape.</summary>
    public Func<MemberExpression, bool> KeepsStatic { get; init; } = _ => false;

    /// <summary>Whether a constant is one of the query's values (a slot) rather than part of its shape.</summary>
    public Func<ConstantExpression, bool> IsValue { get; init; } = _ => false;
}
