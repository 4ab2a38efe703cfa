using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>Types a field as <c>Node</c> (or <c>[Node]!</c> for <c>nodes</c>), as <see cref="NodeQueries"/> declares them.</summary>
/// <param name="list">True for <c>[Node]!</c>.</param>
/// <param name="order">The attribute's source line.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class NodeFieldAttribute(bool list = false, [CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <summary>True for <c>[Node]!</c>.</summary>
    public bool List { get; } = list;

    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = NodeTypes.Interface(context);
        context.Field.Type = List ? new NonNullType(new ListType(node)) : node;
        DataCosts.Cost(context.Field, 10);
    }
}
