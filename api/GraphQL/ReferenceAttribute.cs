using System.Linq.Expressions;
using System.Reflection;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// A reference navigation (<c>Site.District</c>) that answers whether or not its parent was projected:
/// a parent read by a projection carries the referenced object; a parent loaded by a DataLoader carries
/// only the foreign key (<c>{Name}Id</c>), and the object is then loaded by key, batched with every other
/// parent of the response (one query per level, no N+1).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ReferenceAttribute() : FieldConventionAttribute(order: 1)
{
    private static readonly MethodInfo LoadMethod = typeof(ReferenceAttribute).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;

    public override void Apply(FieldConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var navigation = (PropertyInfo)context.Member;
        var foreignKey = navigation.DeclaringType!.GetProperty(navigation.Name + "Id")
            ?? throw new InvalidOperationException($"{navigation.DeclaringType.Name}.{navigation.Name} has no foreign key {navigation.Name}Id.");
        var parent = Expression.Parameter(typeof(object));
        var readKey = Expression.Lambda<Func<object, int?>>(
            Expression.Convert(Expression.Property(Expression.Convert(parent, navigation.DeclaringType), foreignKey), typeof(int?)), parent).Compile();
        // Batched: one query per level for all parents, so each appearance costs 1, not a resolver's 10.
        DataCosts.Cost(context.Field, 1);
        var load = LoadMethod.MakeGenericMethod(navigation.PropertyType).CreateDelegate<Func<IResolverContext, int, Task<object?>>>();
        context.Use(next => async c =>
        {
            if (await next(c) is { } value)
            {
                return value;
            }

            return c.Parent is { } owner && readKey(owner) is int key and > 0 ? await load(c, key) : null;
        });
    }

    private static async Task<object?> Load<T>(IResolverContext context, int key)
        where T : Entity =>
        await context.ByKey<int, T>("Reference:" + typeof(T).Name, (db, keys) =>
            db.Set<T>().Where(ReadPolicy.Of<T>(context.Services.GetRequiredService<Caller>())).Where(e => keys.Contains(e.Id))
                .Select(e => new Keyed<int, T>(e.Id, e))).LoadAsync(key);
}
