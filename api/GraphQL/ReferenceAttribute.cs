using System.Linq.Expressions;
using System.Reflection;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.Api.GraphQL;

/// <summary>
/// A reference navigation (<c>Site.District</c>) that answers whether or not its parent was projected:
/// a parent read by a projection carries the referenced object; a parent loaded by a DataLoader carries
/// only the foreign key (<c>{Name}Id</c>), and the object is then loaded by key, batched with every other
/// parent of the response (one query per level, no N+1). Either way the object answers under the read policy of
/// its type (<see cref="ReadPolicy.Of{T}"/>): a projected object the caller may not read is loaded again by key
/// under the policy, and reads null.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ReferenceAttribute() : FieldConventionAttribute(order: 1)
{
    private static readonly MethodInfo LoadMethod = typeof(ReferenceAttribute).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ReadsAllMethod = typeof(ReferenceAttribute).GetMethod(nameof(ReadsAll), BindingFlags.NonPublic | BindingFlags.Static)!;

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
        var readsAll = ReadsAllMethod.MakeGenericMethod(navigation.PropertyType).CreateDelegate<Func<Caller, bool>>();
        context.Use(next => async c =>
        {
            if (await next(c) is { } value)
            {
                // A projected parent carries the referenced row as its query read it, past the read policy of the
                // referenced type: answer it as it is only when that policy lets the caller read every row; else
                // load it again by its key under the policy (batched; unreadable → null).
                return readsAll(c.Services.GetRequiredService<Caller>()) ? value : await load(c, ((Entity)value).Id);
            }

            return c.Parent is { } owner && readKey(owner) is int key and > 0 ? await load(c, key) : null;
        });
    }

    /// <summary>Whether the caller's policy for <typeparamref name="T"/> is <c>_ =&gt; true</c> (editors, public records).</summary>
    private static bool ReadsAll<T>(Caller caller)
        where T : Entity =>
        ReadPolicy.Of<T>(caller).Body is ConstantExpression { Value: true };

    private static async Task<object?> Load<T>(IResolverContext context, int key)
        where T : Entity =>
        await context.DataLoader<ReferenceDataLoader<T>>().LoadAsync(key);
}
