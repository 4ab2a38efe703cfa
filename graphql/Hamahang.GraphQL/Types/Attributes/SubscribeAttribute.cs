namespace Hamahang.GraphQL.Types;

/// <summary>
/// HotChocolate's <c>[Subscribe(With = nameof(SubscribeToX))]</c> on a subscription field: the method named by
/// <see cref="With"/> (of the same class) returns the event stream, and the marked method resolves each event,
/// which it receives through an <see cref="EventMessageAttribute"/> parameter. The stream method takes the field's
/// arguments by name and is not a field itself. Without it, a subscription method returning a stream is both.
/// See https://spec.graphql.org/September2025/#sec-Source-Stream.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>The name of the method that creates the source stream.</summary>
    public string? With { get; init; }
}
