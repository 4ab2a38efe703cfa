using System.Reflection;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Which fields pay a resolver's price, by HotChocolate 15's rule (its <c>CostTypeInterceptor</c> gives
/// <c>DefaultResolverCost</c> to every field whose <c>PureResolver</c> is null, and its resolver compiler makes a
/// pure resolver of a member exactly as <see cref="IsPure"/> says): a property, or a synchronous method whose
/// parameters are all arguments, the parent or services, is pure and costs nothing of its own; a method returning a
/// task, a value task, a query (<see cref="IQueryable"/>) or a stream, or taking the cancellation token or the
/// resolver context, is not. The SDL's <c>@cost</c> (<see cref="CostConventions"/>) and the cost analysis agree on it.
/// </summary>
public static class ResolverPurity
{
    /// <summary>Whether <paramref name="field"/> runs a resolver of its own that is not pure, so costs a resolver's weight.</summary>
    /// <param name="field">An object or interface field.</param>
    public static bool IsCharged(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Resolver is not null
            && field.PureResolver is null
            && !field.Name.StartsWith("__", StringComparison.Ordinal)
            && !IsPure(field.Member);
    }

    /// <summary>
    /// Whether HotChocolate compiles <paramref name="member"/> into a pure resolver (side-effect free and synchronous):
    /// a property or method whose result is not a task, value task, query or stream, and a method whose every parameter
    /// is an argument, the parent or a service. Null (a resolver written by hand) is not pure.
    /// </summary>
    /// <param name="member">The property or method a field resolves with.</param>
    public static bool IsPure(MemberInfo? member) => member switch
    {
        PropertyInfo property => IsPureResult(property.PropertyType),
        MethodInfo method => IsPureResult(method.ReturnType) && method.GetParameters().All(IsPureParameter),
        _ => false,
    };

    private static bool IsPureResult(Type type) =>
        !typeof(Task).IsAssignableFrom(type)
        && !typeof(IQueryable).IsAssignableFrom(type)
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        && type != typeof(ValueTask)
        && !IsStream(type);

    private static bool IsStream(Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));

    // HotChocolate's parameter builders for the cancellation token and the resolver context are not pure.
    private static bool IsPureParameter(ParameterInfo parameter) =>
        parameter.ParameterType != typeof(CancellationToken)
        && parameter.ParameterType != typeof(IResolverContext)
        && parameter.ParameterType != typeof(IServiceProvider);
}
