using System.Collections.Concurrent;
using System.Reflection;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// The filterable members of a CLR type, shared by the schema side (which input fields
/// <c>XFilterInput</c> has) and the query side (which expression each input field becomes):
/// scalars and enums get an operation input, objects a nested filter input, collections of objects a
/// list filter input. As HotChocolate infers them, they are the public instance properties of the CLR type (never methods),
/// whatever the object type resolves them with; those marked <see cref="GraphQLIgnoreAttribute"/> are left out, unless
/// also marked <see cref="FilterableAttribute"/>. A <see cref="FilterInputType{T}"/> may choose others.
/// </summary>
public static class FilterMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<FilterMember>> Cache = new();

    private static readonly Dictionary<Type, (string Name, ScalarType Scalar, IReadOnlyList<FilterOperation> Operations)> Scalars = new()
    {
        [typeof(string)] = ("StringOperationFilterInput", BuiltInScalars.String, FilterOperation.Text),
        [typeof(bool)] = ("BooleanOperationFilterInput", BuiltInScalars.Boolean, FilterOperation.Boolean),
        [typeof(int)] = ("IntOperationFilterInput", BuiltInScalars.Int, FilterOperation.Comparable),
        [typeof(short)] = ("IntOperationFilterInput", BuiltInScalars.Int, FilterOperation.Comparable),
        [typeof(byte)] = ("IntOperationFilterInput", BuiltInScalars.Int, FilterOperation.Comparable),
        [typeof(long)] = ("LongOperationFilterInput", BuiltInScalars.Long, FilterOperation.Comparable),
        [typeof(float)] = ("FloatOperationFilterInput", BuiltInScalars.Float, FilterOperation.Comparable),
        [typeof(double)] = ("FloatOperationFilterInput", BuiltInScalars.Float, FilterOperation.Comparable),
        [typeof(decimal)] = ("DecimalOperationFilterInput", BuiltInScalars.Float, FilterOperation.Comparable),
        [typeof(DateTime)] = ("DateTimeOperationFilterInput", BuiltInScalars.DateTime, FilterOperation.Comparable),
        [typeof(DateTimeOffset)] = ("DateTimeOperationFilterInput", BuiltInScalars.DateTime, FilterOperation.Comparable),
        [typeof(DateOnly)] = ("DateOperationFilterInput", BuiltInScalars.Date, FilterOperation.Comparable),
        [typeof(Guid)] = ("UuidOperationFilterInput", BuiltInScalars.Uuid, FilterOperation.Equality),
        [typeof(TimeSpan)] = ("TimeSpanOperationFilterInput", BuiltInScalars.Duration, FilterOperation.Comparable),
    };

    /// <summary>The filterable members of <paramref name="type"/>, in declaration order.</summary>
    /// <param name="type">The entity's CLR type.</param>
    public static IReadOnlyList<FilterMember> Of(Type type) => Cache.GetOrAdd(type, Create);

    /// <summary>The operation input for a scalar CLR type (nullable or not), or null when it is not a filterable scalar.</summary>
    /// <param name="type">The CLR type.</param>
    /// <param name="isId">True when the member is marked <see cref="IDAttribute"/>.</param>
    public static (string Name, ScalarType Scalar, IReadOnlyList<FilterOperation> Operations)? ScalarFilter(Type type, bool isId)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (isId)
        {
            return ("IdOperationFilterInput", BuiltInScalars.ID, FilterOperation.Equality);
        }

        return Scalars.TryGetValue(type, out var scalar) ? scalar : null;
    }

    /// <summary>
    /// How <paramref name="property"/> is filtered, or null when it cannot be (an indexer, a property without a public
    /// getter, or one of a type that has no filter input, such as a collection of scalars). Attributes that leave a
    /// member out of the inferred input (<see cref="GraphQLIgnoreAttribute"/>) are not looked at: an explicit
    /// <see cref="FilterInputType{T}"/> may bind such a member.
    /// </summary>
    /// <param name="property">A property of the entity.</param>
    public static FilterMember? Member(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true, IsStatic: false })
        {
            return null;
        }

        var name = Naming.GetFieldName(property);
        var clr = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var id = property.GetCustomAttribute<IDAttribute>(true);
        var isNodeId = property.IsDefined(typeof(NodeIdAttribute), true);
        var isId = id is not null || isNodeId;
        if (clr.IsEnum)
        {
            return new FilterMember(name, property, FilterMemberKind.Enum, clr);
        }

        if (ScalarFilter(clr, isId) is not null)
        {
            return new FilterMember(name, property, FilterMemberKind.Scalar, clr)
            {
                IsId = isId,
                IdTypeName = isNodeId ? null : id?.TypeName,
                IsNodeId = isNodeId,
                Normalized = property.GetCustomAttribute<NormalizedSearchAttribute>(true),
            };
        }

        if (ValueConverter.GetElementType(clr) is { } element)
        {
            return IsEntity(element) ? new FilterMember(name, property, FilterMemberKind.List, element) : null;
        }

        return IsEntity(clr) ? new FilterMember(name, property, FilterMemberKind.Nested, clr) : null;
    }

    // HotChocolate infers from the type inspector's members: public instance properties not marked [GraphQLIgnore]
    // (methods are never inferred), whatever the object type does with them.
    private static List<FilterMember> Create(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .Where(p => !p.IsDefined(typeof(GraphQLIgnoreAttribute), true) || p.IsDefined(typeof(FilterableAttribute), true))
            .Select(Member)
            .OfType<FilterMember>()
            .ToList();

    private static bool IsEntity(Type type) => type.IsClass && type != typeof(string) && type != typeof(Uri) && !type.IsArray;
}

/// <summary>A filterable member.</summary>
/// <param name="Name">The GraphQL input field's name.</param>
/// <param name="Property">The CLR property.</param>
/// <param name="Kind">How it is filtered.</param>
/// <param name="Type">The scalar or enum type (nullable unwrapped), the object type, or a list's element type.</param>
public sealed record FilterMember(string Name, PropertyInfo Property, FilterMemberKind Kind, Type Type)
{
    /// <summary>True when the member is marked <see cref="IDAttribute"/> (filtered with <c>IdOperationFilterInput</c>).</summary>
    public bool IsId { get; init; }

    /// <summary>True when the member is the entity's global object id (<see cref="NodeIdAttribute"/>): filter values are ids of the filtered type.</summary>
    public bool IsNodeId { get; init; }

    /// <summary>The GraphQL type an <c>[ID("Type")]</c> member's ids belong to: filter values are global ids of that type.</summary>
    public string? IdTypeName { get; init; }

    /// <summary>The normalised shadow member string operations go through, if any.</summary>
    public NormalizedSearchAttribute? Normalized { get; init; }

    /// <summary>The input field's description, as an explicit filter input type gives it.</summary>
    public string? Description { get; init; }
}

/// <summary>How a <see cref="FilterMember"/> is filtered.</summary>
public enum FilterMemberKind
{
    /// <summary>A scalar with an operation input.</summary>
    Scalar,

    /// <summary>An enum with <c>XOperationFilterInput</c>.</summary>
    Enum,

    /// <summary>An object with a nested filter input.</summary>
    Nested,

    /// <summary>A collection of objects with <c>ListFilterInputTypeOfYFilterInput</c>.</summary>
    List,
}
