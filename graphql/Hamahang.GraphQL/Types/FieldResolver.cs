namespace Hamahang.GraphQL.Types;

/// <summary>
/// Resolves a field's value: "ResolveFieldValue(objectType, objectValue, fieldName, argumentValues)".
/// The result may be any CLR value; the executor completes it against the field's type (lists are any
/// <see cref="System.Collections.IEnumerable"/>, objects are any value whose runtime type resolves).
/// See https://spec.graphql.org/September2025/#ResolveFieldValue().
/// </summary>
/// <param name="context">The field's parent value, arguments, services and request state.</param>
/// <returns>The field's raw value.</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// A synchronous resolver that reads only the parent value (a property getter, a dictionary key).
/// The executor calls it directly, without building a resolver context.
/// </summary>
/// <param name="parent">The parent object's value.</param>
/// <returns>The field's raw value.</returns>
public delegate object? PureFieldResolver(object? parent);

/// <summary>
/// Creates the event stream of a subscription root field:
/// "CreateSourceEventStream(subscription, schema, variableValues, initialValue)".
/// Each event becomes the parent value of one execution of the field's <see cref="FieldResolver"/>.
/// See https://spec.graphql.org/September2025/#CreateSourceEventStream().
/// </summary>
/// <param name="context">The root field's arguments, services and request state.</param>
/// <returns>The source event stream.</returns>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
