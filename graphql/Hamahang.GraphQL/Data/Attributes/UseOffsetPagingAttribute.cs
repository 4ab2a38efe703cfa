using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UseOffsetPaging]</c>: the list field becomes <c>XCollectionSegment { items pageInfo
/// totalCount }</c> with the arguments <c>skip take</c>.
/// </summary>
public sealed class UseOffsetPagingAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = DataField.Ensure(context);
        data.Paging = PagingKind.Offset;
        var field = context.Field;
        field.Type = PagingTypes.CollectionSegment(context, data.ItemType);
        DataField.AddArgument(field, "skip", BuiltInScalars.Int);
        DataField.AddArgument(field, "take", BuiltInScalars.Int);
        DataCosts.ListSize(field, PagingOptions.Default.MaxPageSize, ["take"], PagingOptions.Default.DefaultPageSize, ["items"]);
        DataCosts.Cost(field, 10);
    }
}
