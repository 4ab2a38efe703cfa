using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UseFiltering]</c>: adds <c>where: XFilterInput</c> and applies it as a <c>Where</c>
/// (see <see cref="FilterExpressionBuilder"/>). On a list member of an entity, the filter is applied
/// inside the parent's projection.
/// </summary>
public sealed class UseFilteringAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = DataField.Ensure(context);
        data.Filtering = true;
        DataField.AddArgument(context.Field, "where", FilterTypes.FilterInput(context, data.ElementType), cost: 10);
    }
}
