using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UsePaging]</c>: the list field becomes <c>XConnection</c> with the arguments
/// <c>first after last before</c>; pages are read with keyset cursors over the field's order (ending in
/// the primary key). The connection has <c>totalCount</c> only when <see cref="IncludeTotalCount"/> says so, as in
/// HotChocolate. See https://relay.dev/graphql/connections.htm.
/// </summary>
public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <summary>Whether the connection carries <c>totalCount</c> (HotChocolate's <c>IncludeTotalCount</c>, off unless set).</summary>
    public bool IncludeTotalCount { get; set; }

    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = DataField.Ensure(context);
        data.Paging = PagingKind.Cursor;
        var field = context.Field;
        field.Type = PagingTypes.Connection(context, data.ItemType, IncludeTotalCount);
        DataField.AddArgument(field, "first", BuiltInScalars.Int, "Returns the first _n_ elements from the list.");
        DataField.AddArgument(field, "after", BuiltInScalars.String, "Returns the elements in the list that come after the specified cursor.");
        DataField.AddArgument(field, "last", BuiltInScalars.Int, "Returns the last _n_ elements from the list.");
        DataField.AddArgument(field, "before", BuiltInScalars.String, "Returns the elements in the list that come before the specified cursor.");
        DataCosts.ListSize(field, PagingOptions.Default.MaxPageSize, ["first", "last"], PagingOptions.Default.DefaultPageSize, ["edges", "nodes"]);
        DataCosts.Cost(field, 10);
    }
}
