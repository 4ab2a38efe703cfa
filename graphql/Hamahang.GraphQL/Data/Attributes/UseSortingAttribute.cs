using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UseSorting]</c>: adds <c>order: [XSortInput!]</c> and applies it with
/// <c>OrderBy</c>/<c>ThenBy</c>, ending in the primary key (see <see cref="SortExpressionBuilder"/>).
/// On a list member of an entity, the order is applied inside the parent's projection.
/// </summary>
public sealed class UseSortingAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = DataField.Ensure(context);
        data.Sorting = true;
        var input = SortTypes.SortInput(context, data.ElementType);
        DataField.AddArgument(context.Field, "order", new ListType(new NonNullType(input)), cost: 10);
    }
}
