using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Data;

/// <summary>
/// What a DataLoader reads of each <typeparamref name="T"/> for the field it loads: the <c>Select</c> a
/// <see cref="ProjectionBuilder"/> makes of the field's selection (the key, the selected members, nested objects),
/// so a batch reads the columns the response needs, not whole rows (HotChocolate projects DataLoaders the same way,
/// <c>dataLoader.Select(selection)</c>). One per shape of selection, made once: <see cref="Signature"/> names the
/// selected fields, and loaders branch by it (each branch its own batch). A selection with a nested list the projection
/// reads (not one a resolver loads), or on an abstract type, has none: the loader reads whole rows.
/// </summary>
/// <typeparam name="T">The entity type the loader reads.</typeparam>
public sealed class LoaderProjection<T>
{
    internal LoaderProjection(string signature, Expression<Func<T, T>> projection)
    {
        Signature = signature;
        Projection = projection;
        QueryShape.Share(projection);
    }

    /// <summary>The selected fields, nested objects in braces (<c>person{fullName}</c>): equal for equal projections.</summary>
    public string Signature { get; }

    /// <summary>The projection of one row: <c>x =&gt; new T { Id = x.Id, ... }</c>.</summary>
    public Expression<Func<T, T>> Projection { get; }

    /// <summary>The projection of the row <paramref name="row"/> stands for (<c>md.District</c>) inside a larger query's <c>Select</c>.</summary>
    /// <param name="row">The expression of the row.</param>
    public Expression Of(Expression row) => ParameterReplacer.Inline(Projection, row);
}

/// <summary>Makes the <see cref="LoaderProjection{T}"/> of a field's selection, once per shape of selection.</summary>
public static class LoaderProjection
{
    /// <summary>Projections kept; past this many, a new shape of selection reads whole rows.</summary>
    public const int Capacity = 1024;

    private static readonly ConcurrentDictionary<(Type Entity, ObjectType Type, string Signature), object> Known = new();

    /// <summary>The projection of the items of the field <paramref name="context"/> resolves, or null when the loader should read whole rows.</summary>
    /// <typeparam name="T">The entity type the loader reads.</typeparam>
    /// <param name="context">The resolver context of the field whose items the loader loads.</param>
    public static LoaderProjection<T>? Of<T>(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Field.Type.NamedType is not ObjectType type || type.RuntimeType is { } runtime && runtime != typeof(T))
        {
            return null;
        }

        var builder = new ProjectionBuilder(new FilterExpressionBuilder(QueryExecutor.Instance, context.Schema));
        return Cached<T>(type, SelectedField.Current(context).Children(type), builder);
    }

    /// <summary>
    /// The projection of <paramref name="selections"/> on <paramref name="type"/>, made by <paramref name="builder"/> the first
    /// time its shape is asked for; null when a nested list of objects is selected (whoever needs the projection then makes
    /// it for the request). Root lists use it too (<see cref="DataPipeline{T}"/>): building a projection reflects over every
    /// member of the type.
    /// </summary>
    internal static LoaderProjection<T>? Cached<T>(ObjectType type, IReadOnlyList<SelectedField> selections, ProjectionBuilder builder)
    {
        var signature = new StringBuilder();
        if (!Sign(signature, selections))
        {
            return null;
        }

        var key = (typeof(T), type, signature.ToString());
        if (Known.TryGetValue(key, out var known))
        {
            return (LoaderProjection<T>)known;
        }

        var made = new LoaderProjection<T>(key.Item3, builder.Build<T>(type, selections));
        if (Known.Count < Capacity)
        {
            Known.TryAdd(key, made);
        }

        return made;
    }

    // Names each selected field and, for an object, its own selection; false for a nested list of objects the projection
    // reads (ProjectionBuilder.Lists): the only part of a projection that reads the request (its items' where and order), so
    // a projection without one is one per signature. A list a resolver loads (a DataLoader's) is a name like a scalar's.
    private static bool Sign(StringBuilder signature, IReadOnlyList<SelectedField> fields)
    {
        foreach (var field in fields)
        {
            if (field.Field.Type.NamedType is not ObjectType objectType || field.Field.Type.Nullable is ListType && !ProjectionBuilder.Reads(field.Field))
            {
                signature.Append(field.Field.Name).Append(' ');
                continue;
            }

            if (field.Field.Type.Nullable is ListType)
            {
                return false;
            }

            signature.Append(field.Field.Name).Append('{');
            if (!Sign(signature, field.Children(objectType)))
            {
                return false;
            }

            signature.Append("} ");
        }

        return true;
    }
}
