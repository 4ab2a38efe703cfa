using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The data conventions on one field (which of paging, projection, filtering and sorting apply) and the item
/// type they work on. The first data attribute on a field creates it and wraps the field's resolver once with
/// the data pipeline; the others switch their part on. Whatever the attributes' order, the query is built in
/// HotChocolate's middleware order (paging, projection, filtering, sorting, outermost first):
/// <c>source.Where(where).OrderBy(order).Where(cursor).Take(n).Select(projection)</c>.
/// </summary>
public sealed class DataField
{
    private const string MetadataKey = "Hamahang.GraphQL.Data";

    private DataField(Type elementType, GraphQLType itemType)
    {
        ElementType = elementType;
        ItemType = itemType;
    }

    /// <summary>The CLR type of the items (the <c>T</c> of <c>IQueryable&lt;T&gt;</c>).</summary>
    public Type ElementType { get; }

    /// <summary>The GraphQL type of one item, with its nullability (the <c>Foo!</c> of <c>[Foo!]!</c>).</summary>
    public GraphQLType ItemType { get; }

    /// <summary>Which paging applies.</summary>
    public PagingKind Paging { get; internal set; }

    /// <summary>True when the selection set becomes a <c>Select</c>.</summary>
    public bool Projection { get; internal set; }

    /// <summary>True when the field takes <c>where</c>.</summary>
    public bool Filtering { get; internal set; }

    /// <summary>
    /// The members the field's <c>where</c> input filters on at its top level: those a <see cref="FilterInputType{T}"/>
    /// declares, or (null) the ones inferred from the element type.
    /// </summary>
    public IReadOnlyList<FilterMember>? WhereMembers { get; internal set; }

    /// <summary>True when the field takes <c>order</c>.</summary>
    public bool Sorting { get; internal set; }

    /// <summary>The pipeline that wraps the field's resolver.</summary>
    internal IDataPipeline Pipeline { get; private set; } = null!;

    /// <summary>The data conventions of <paramref name="field"/>, or null when it has none.</summary>
    /// <param name="field">A field.</param>
    public static DataField? Of(FieldDefinition field) =>
        field?.Metadata.GetValueOrDefault(MetadataKey) as DataField;

    /// <summary>The data conventions of the field being built, created (and its resolver wrapped) on first use.</summary>
    /// <param name="context">The field convention's context.</param>
    public static DataField Ensure(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var field = context.Field;
        if (Of(field) is { } existing)
        {
            return existing;
        }

        var elementType = ElementTypeOf(context.ResultType)
            ?? throw new InvalidOperationException(
                $"{context.Member.DeclaringType}.{context.Member.Name} must return IQueryable<T> or IEnumerable<T> to use the data conventions.");
        var itemType = field.Type.Nullable is ListType list ? list.OfType : throw new InvalidOperationException($"{field} is not a list field.");
        var data = new DataField(elementType, itemType);
        field.Metadata[MetadataKey] = data;

        var pipeline = (IDataPipeline)Activator.CreateInstance(typeof(DataPipeline<>).MakeGenericType(elementType), data)!;
        data.Pipeline = pipeline;
        context.Use(next => async context =>
        {
            var result = await next(context).ConfigureAwait(false);
            return result is null ? null : await pipeline.RunAsync(context, result).ConfigureAwait(false);
        });
        return data;
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IQueryable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryable<>))?.GetGenericArguments()[0]
            ?? ValueConverter.GetElementType(type);
    }

    /// <summary>Adds an argument, unless the member already declares one of that name.</summary>
    internal static void AddArgument(FieldDefinition field, string name, GraphQLType type, string? description = null, int? cost = null)
    {
        if (field.GetArgument(name) is not null)
        {
            throw new InvalidOperationException($"{field} already has an argument \"{name}\", which the data conventions add.");
        }

        var argument = new ArgumentDefinition(name, type) { Description = description };
        if (cost is { } weight)
        {
            DataCosts.Cost(argument, weight);
        }

        field.AddArgument(argument);
    }
}

/// <summary>Which paging a data field uses.</summary>
public enum PagingKind
{
    /// <summary>No paging: the field stays a list.</summary>
    None,

    /// <summary>Cursor paging (<c>first after last before</c>, a connection).</summary>
    Cursor,

    /// <summary>Offset paging (<c>skip take</c>, a collection segment).</summary>
    Offset,
}
