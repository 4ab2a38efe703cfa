using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// HotChocolate's <c>[UseFiltering]</c>: adds <c>where: XFilterInput</c> and applies it as a <c>Where</c>
/// (see <see cref="FilterExpressionBuilder"/>). On a list member of an entity, the filter is applied
/// inside the parent's projection. <c>[UseFiltering(typeof(XFilterInputType))]</c> takes the input a
/// <see cref="FilterInputType{T}"/> declares instead of the inferred one.
/// </summary>
/// <param name="filterType">A <see cref="FilterInputType{T}"/> of the field's item type, or null to infer the input.</param>
/// <param name="order">Where the attribute stands among the field's conventions.</param>
public class UseFilteringAttribute(Type? filterType = null, [CallerLineNumber] int order = 0) : FieldConventionAttribute(order)
{
    /// <summary>The filter input type named, if any.</summary>
    public Type? Type => filterType;

    /// <inheritdoc />
    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = DataField.Ensure(context);
        var definition = filterType is null ? null : Definition(context, filterType, data.ElementType);
        data.Filtering = true;
        data.WhereMembers = definition?.Members;
        DataField.AddArgument(context.Field, "where", FilterTypes.FilterInput(context, data.ElementType, definition), cost: 10);
    }

    private static FilterInputDefinition Definition(FieldConventionContext context, Type filterType, Type elementType)
    {
        var where = $"{context.Member.DeclaringType?.Name}.{context.Member.Name}";
        if (!typeof(IFilterInputType).IsAssignableFrom(filterType) || filterType.IsAbstract || filterType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"{where}: [UseFiltering] takes a FilterInputType<T> with a public parameterless constructor; {filterType.Name} is not.");
        }

        var type = (IFilterInputType)Activator.CreateInstance(filterType)!;
        return type.EntityType == elementType
            ? type.CreateDefinition()
            : throw new InvalidOperationException($"{where} lists {elementType.Name}, but {filterType.Name} filters {type.EntityType.Name}.");
    }
}

/// <summary>
/// HotChocolate's <c>[UseFiltering&lt;XFilterInputType&gt;]</c>: <see cref="UseFilteringAttribute"/> with the input
/// <typeparamref name="T"/> declares.
/// </summary>
/// <typeparam name="T">A <see cref="FilterInputType{T}"/> of the field's item type.</typeparam>
/// <param name="order">Where the attribute stands among the field's conventions.</param>
public sealed class UseFilteringAttribute<T>([CallerLineNumber] int order = 0) : UseFilteringAttribute(typeof(T), order)
    where T : IFilterInputType, new();
