using Hamahang.GraphQL.Types.CodeFirst;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Types a property, method result or parameter as <c>ID</c> (keeping its list and null wrappers). On an input
/// (argument or input field) of type <c>int</c>, <c>long</c> or <see cref="Guid"/> (nullable, or a list of them)
/// the resolver receives the key the global id holds, as HotChocolate's global id formatter gives it; an input of
/// type <c>string</c> keeps the id's text. With a type name, the id must be one of that type.
/// See https://spec.graphql.org/September2025/#sec-ID.
/// </summary>
/// <param name="typeName">The GraphQL type the id belongs to, for global object identification (kept in field metadata).</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
#pragma warning disable CA1711 // HotChocolate's name.
public class IDAttribute(string? typeName = null) : Attribute
#pragma warning restore CA1711
{
    /// <summary>The GraphQL type the id belongs to, if given.</summary>
    public string? TypeName { get; } = typeName;
}

/// <summary>
/// <c>[ID&lt;Session&gt;]</c>: <see cref="IDAttribute"/> naming the GraphQL type of <typeparamref name="T"/>, as the
/// code-first builder names it (its <see cref="GraphQLNameAttribute"/>, else its C# name).
/// </summary>
/// <typeparam name="T">The CLR type of the object the id belongs to.</typeparam>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
#pragma warning disable CA1711 // HotChocolate's name.
public sealed class IDAttribute<T>() : IDAttribute(Naming.GetTypeName(typeof(T)))
#pragma warning restore CA1711
{
}
