namespace Hamahang.GraphQL.Types;

/// <summary>
/// HotChocolate's <c>[EventMessage]</c>: the parameter receives the event a subscription's source stream produced
/// (see <see cref="SubscribeAttribute"/>). See https://spec.graphql.org/September2025/#MapSourceToResponseEvent().
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class EventMessageAttribute : Attribute
{
}
