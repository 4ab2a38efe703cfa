namespace Hamahang.GraphQL.Types;

/// <summary>
/// Marks a class whose public members become fields of the subscription root type <c>Subscription</c>;
/// methods returning <see cref="IAsyncEnumerable{T}"/> are event streams. See https://spec.graphql.org/September2025/#sec-Subscription.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SubscriptionTypeAttribute : Attribute
{
}
