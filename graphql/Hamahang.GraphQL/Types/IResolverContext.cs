using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Types;

/// <summary>
/// Everything a resolver may read while it resolves one field of one object: the parent value, the
/// coerced arguments, the request's services, cancellation, the path and per-request data.
/// The executor implements it (one instance per field execution; it may pool them, so a resolver
/// must not keep a reference after it returns). Resolvers compiled from C# methods read it through
/// the delegates <see cref="CodeFirst.ResolverCompiler"/> builds once at schema build.
/// See https://spec.graphql.org/September2025/#sec-Value-Resolution.
/// </summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The response name: the alias if the selection has one, else the field name.</summary>
    string ResponseName { get; }

    /// <summary>The parent object's value (the "objectValue" of ResolveFieldValue); null on the root when no root value is given.</summary>
    object? Parent { get; }

    /// <summary>
    /// Argument values after coercion (https://spec.graphql.org/September2025/#CoerceArgumentValues()),
    /// by argument name. An argument that was neither given nor has a default is absent. Input objects
    /// are <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object (or the CLR type the input
    /// object binds to), lists are <see cref="IReadOnlyList{T}"/>, enums are their bound values.
    /// </summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The services of the request's scope.</summary>
    IServiceProvider Services { get; }

    /// <summary>Signalled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>The response path to this field: names (string) and list indices (int), from the root.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The field selections (syntax nodes) merged into this field, in document order.</summary>
    IReadOnlyList<FieldNode> FieldSelections { get; }

    /// <summary>Per-request state shared by every resolver of one request (user, DataLoaders, ...).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The coerced value of argument <paramref name="name"/> converted to <typeparamref name="T"/>, or default when absent.</summary>
    /// <typeparam name="T">The CLR type wanted.</typeparam>
    /// <param name="name">The argument's name.</param>
    T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) ? (T?)ValueConverter.Convert(value, typeof(T)) : default;

    /// <summary>The parent value cast to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The parent's CLR type.</typeparam>
    T ParentAs<T>() => (T)Parent!;

    /// <summary>A required service of the request's scope.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    T Service<T>()
        where T : notnull
        => (T)(Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"No service for type '{typeof(T)}' has been registered."));
}
