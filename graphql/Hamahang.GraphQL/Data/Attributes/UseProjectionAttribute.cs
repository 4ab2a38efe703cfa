using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UseProjection]</c>: the selection set becomes one <c>Select</c> over the field's
/// <c>IQueryable</c> (see <see cref="ProjectionBuilder"/>), so the database reads only what is selected.
/// </summary>
public sealed class UseProjectionAttribute([CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <inheritdoc />
    public override void Apply(FieldConventionContext context) => DataField.Ensure(context).Projection = true;
}
