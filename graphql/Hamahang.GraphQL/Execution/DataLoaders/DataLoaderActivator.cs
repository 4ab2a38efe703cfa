using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Hamahang.GraphQL.Execution.DataLoaders;

/// <summary>
/// Makes a DataLoader the way HotChocolate's <c>AddDataLoader&lt;T&gt;</c> does: the request's services give it when they
/// hold one of its type; else its public constructor (the one with the most parameters) is called with each parameter
/// taken from the request's services (a parameter with a default may be missing). Compiled once per loader type.
/// </summary>
internal static class DataLoaderActivator
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object>> Factories = new();
    private static readonly MethodInfo ServiceMethod = typeof(DataLoaderActivator).GetMethod(nameof(Service), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>A new loader of type <typeparamref name="TLoader"/> for the request whose services are <paramref name="services"/>.</summary>
    /// <typeparam name="TLoader">The loader type.</typeparam>
    /// <param name="services">The request's services.</param>
    public static TLoader Create<TLoader>(IServiceProvider services)
        where TLoader : class, IDataLoader =>
        services.GetService(typeof(TLoader)) as TLoader ?? (TLoader)CreateNew(typeof(TLoader), services);

    /// <summary>A new loader of type <paramref name="type"/> made by its constructor, never the services' own (a branch of it).</summary>
    /// <param name="type">The loader type.</param>
    /// <param name="services">The request's services.</param>
    public static IDataLoader CreateNew(Type type, IServiceProvider services) => (IDataLoader)Factories.GetOrAdd(type, Compile)(services);

    private static Func<IServiceProvider, object> Compile(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"The DataLoader {type} has no public constructor.");
        var services = Expression.Parameter(typeof(IServiceProvider), "services");
        var arguments = constructor.GetParameters().Select(p => Expression.Convert(
            Expression.Call(ServiceMethod, services, Expression.Constant(p.ParameterType), Expression.Constant(type),
                Expression.Constant(p.HasDefaultValue ? p.DefaultValue : null, typeof(object)), Expression.Constant(p.HasDefaultValue)),
            p.ParameterType));
        return Expression.Lambda<Func<IServiceProvider, object>>(Expression.New(constructor, arguments), services).Compile();
    }

    private static object? Service(IServiceProvider services, Type type, Type loader, object? fallback, bool optional) =>
        services.GetService(type) ?? (optional ? fallback : throw new InvalidOperationException($"The DataLoader {loader} needs a {type} service."));
}
