using System.Linq.Expressions;
using System.Reflection;
using Hamahang.GraphQL.Execution.DataLoaders;

namespace Hamahang.GraphQL.Types.CodeFirst;

/// <summary>
/// Compiles C# members into resolver delegates once, at schema build, with
/// <see cref="System.Linq.Expressions"/>: a property becomes a <see cref="PureFieldResolver"/>; a method
/// becomes a <see cref="FieldResolver"/> that fills each parameter from the context (argument, parent,
/// service, DataLoader, <see cref="CancellationToken"/>, the context itself) and unwraps its task or stream.
/// </summary>
public static class ResolverCompiler
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");
    private static readonly MethodInfo ReadArgumentMethod = typeof(ResolverCompiler).GetMethod(
        nameof(ReadArgument),
        BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GetServiceMethod = typeof(ResolverCompiler).GetMethod(nameof(GetService), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GetDataLoaderMethod = typeof(DataLoaderResolverContextExtensions).GetMethod(
        nameof(DataLoaderResolverContextExtensions.DataLoader))!;

    /// <summary>How a resolver parameter is filled.</summary>
    public enum ParameterKind
    {
        /// <summary>A GraphQL argument.</summary>
        Argument,

        /// <summary>The parent object.</summary>
        Parent,

        /// <summary>A service from the request's scope.</summary>
        Service,

        /// <summary>The request's cancellation token.</summary>
        CancellationToken,

        /// <summary>The resolver context.</summary>
        Context,

        /// <summary>The request's service provider.</summary>
        ServiceProvider,

        /// <summary>The request's DataLoader of the parameter's type (one per request, as HotChocolate injects a DataLoader).</summary>
        DataLoader,
    }

    /// <summary>A getter for a property, reading the parent.</summary>
    /// <param name="property">The property.</param>
    public static PureFieldResolver CompileProperty(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var parent = Expression.Parameter(typeof(object), "parent");
        Expression read = property.GetMethod!.IsStatic
            ? Expression.Property(null, property)
            : Expression.Property(Expression.Convert(parent, property.DeclaringType!), property);
        return Expression.Lambda<PureFieldResolver>(Expression.Convert(read, typeof(object)), parent).Compile();
    }

    /// <summary>
    /// A resolver calling <paramref name="method"/>. <paramref name="instance"/> supplies the object the
    /// method runs on (null for static methods); <paramref name="parameters"/> says how each parameter is filled
    /// and, for arguments, under which GraphQL name.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="instance">Gives the target object from the context; null for static methods.</param>
    /// <param name="parameters">One entry per method parameter.</param>
    public static FieldResolver CompileMethod(
        MethodInfo method,
        Func<IResolverContext, object>? instance,
        IReadOnlyList<(ParameterKind Kind, string? ArgumentName)> parameters)
    {
        var call = Call(method, instance, parameters);
        var body = Wrap(call, method.ReturnType, stream: false);
        return Expression.Lambda<FieldResolver>(body, Context).Compile();
    }

    /// <summary>A subscribe resolver calling <paramref name="method"/>, which returns an async stream (possibly in a task).</summary>
    /// <param name="method">The method.</param>
    /// <param name="instance">Gives the target object; null for static methods.</param>
    /// <param name="parameters">One entry per method parameter.</param>
    public static SubscribeResolver CompileSubscribe(
        MethodInfo method,
        Func<IResolverContext, object>? instance,
        IReadOnlyList<(ParameterKind Kind, string? ArgumentName)> parameters)
    {
        var call = Call(method, instance, parameters);
        var body = Wrap(call, method.ReturnType, stream: true);
        return Expression.Lambda<SubscribeResolver>(body, Context).Compile();
    }

    private static MethodCallExpression Call(
        MethodInfo method,
        Func<IResolverContext, object>? instance,
        IReadOnlyList<(ParameterKind Kind, string? ArgumentName)> parameters)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(parameters);
        var methodParameters = method.GetParameters();
        var arguments = new Expression[methodParameters.Length];
        for (var i = 0; i < methodParameters.Length; i++)
        {
            var parameter = methodParameters[i];
            var type = parameter.ParameterType;
            arguments[i] = parameters[i].Kind switch
            {
                ParameterKind.Context => Context,
                ParameterKind.CancellationToken => Expression.Property(Context, nameof(IResolverContext.RequestAborted)),
                ParameterKind.ServiceProvider => Expression.Property(Context, nameof(IResolverContext.Services)),
                ParameterKind.Parent => Expression.Convert(Expression.Property(Context, nameof(IResolverContext.Parent)), type),
                ParameterKind.DataLoader => Expression.Call(GetDataLoaderMethod.MakeGenericMethod(type), Context),
                ParameterKind.Service => Expression.Convert(
                    Expression.Call(GetServiceMethod, Context, Expression.Constant(type), Expression.Constant(IsOptional(parameter))), type),
                _ => Expression.Convert(
                    Expression.Call(
                        ReadArgumentMethod,
                        Context,
                        Expression.Constant(parameters[i].ArgumentName),
                        Expression.Constant(ValueConverter.GetConverter(type)),
                        Expression.Constant(parameter.HasDefaultValue ? parameter.DefaultValue : ValueConverter.Convert(null, type), typeof(object))),
                    type),
            };
        }

        Expression? target = null;
        if (!method.IsStatic)
        {
            var getInstance = instance ?? throw new ArgumentException($"Method {method.Name} needs an instance.", nameof(instance));
            target = Expression.Convert(Expression.Invoke(Expression.Constant(getInstance), Context), method.DeclaringType!);
        }

        return Expression.Call(target, method, arguments);
    }

    private static MethodCallExpression Wrap(Expression call, Type returnType, bool stream)
    {
        string helper;
        Type[] typeArguments;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() is var definition &&
            (definition == typeof(Task<>) || definition == typeof(ValueTask<>)))
        {
            var inner = returnType.GetGenericArguments()[0];
            var isTask = definition == typeof(Task<>);
            if (stream)
            {
                helper = isTask ? nameof(AsyncResults.StreamFromTask) : nameof(AsyncResults.StreamFromValueTask);
                typeArguments = [StreamItemType(inner)!];
            }
            else
            {
                helper = isTask ? nameof(AsyncResults.FromTask) : nameof(AsyncResults.FromValueTask);
                typeArguments = [inner];
            }
        }
        else if (StreamItemType(returnType) is { } item)
        {
            helper = stream ? nameof(AsyncResults.StreamFromValue) : nameof(AsyncResults.FromStream);
            typeArguments = [item];
        }
        else
        {
            helper = nameof(AsyncResults.FromValue);
            typeArguments = [returnType];
        }

        var method = typeof(AsyncResults).GetMethod(helper)!.MakeGenericMethod(typeArguments);
        var parameterType = method.GetParameters()[0].ParameterType;
        return Expression.Call(method, call.Type == parameterType ? call : Expression.Convert(call, parameterType));
    }

    /// <summary>The item type when <paramref name="type"/> is <c>IAsyncEnumerable&lt;T&gt;</c> (or implements it); else null.</summary>
    /// <param name="type">A CLR type.</param>
    public static Type? StreamItemType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    private static bool IsOptional(ParameterInfo parameter) =>
        parameter.HasDefaultValue || new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;

    private static object? ReadArgument(IResolverContext context, string name, Func<object?, object?> convert, object? fallback) =>
        context.Arguments.TryGetValue(name, out var value) ? convert(value) : fallback;

    private static object? GetService(IResolverContext context, Type type, bool optional) =>
        context.Services.GetService(type) ?? (optional ? null : throw new InvalidOperationException($"No service for type '{type}' has been registered."));
}
