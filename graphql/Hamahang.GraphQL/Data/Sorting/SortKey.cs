using System.Linq.Expressions;

namespace Hamahang.GraphQL.Data;

/// <summary>One key of an order: a member path over the entity and a direction.</summary>
/// <param name="Path">The member path, e.g. <c>category.name</c>, as the client named it.</param>
/// <param name="Selector">Reads the key from the entity: <c>x =&gt; x.Category.Name</c>.</param>
/// <param name="Direction">The direction.</param>
public sealed record SortKey(string Path, LambdaExpression Selector, SortDirection Direction)
{
    /// <summary>The key's CLR type.</summary>
    public Type Type => Selector.ReturnType;

    /// <summary>True when the key's values may be null.</summary>
    public bool IsNullable => !Type.IsValueType || Nullable.GetUnderlyingType(Type) is not null;

    /// <summary>The same key in the opposite direction (for paging backwards).</summary>
    public SortKey Reversed() => this with { Direction = Direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending };

    /// <summary>The key <paramref name="selector"/> reads, named after its member (<c>m =&gt; m.StartsAt</c> is <c>startsAt</c>).</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TValue">The key's type.</typeparam>
    /// <param name="selector">A member of the entity.</param>
    /// <param name="direction">The direction.</param>
    public static SortKey Of<T, TValue>(Expression<Func<T, TValue>> selector, SortDirection direction = SortDirection.Ascending)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var member = selector.Body as MemberExpression ?? throw new ArgumentException("A sort key reads one member.", nameof(selector));
        return new SortKey(Types.CodeFirst.Naming.ToCamelCase(member.Member.Name), selector, direction);
    }

    /// <summary>The key as it appears in an order's signature: <c>path:ASC</c>.</summary>
    public override string ToString() => Path + (Direction == SortDirection.Ascending ? ":ASC" : ":DESC");
}
