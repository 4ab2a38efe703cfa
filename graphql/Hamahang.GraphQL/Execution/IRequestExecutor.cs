using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema: "ExecuteRequest(schema, document, operationName,
/// variableValues, initialValue)". The transports (GraphQL over HTTP, over WebSocket) call this.
/// See https://spec.graphql.org/September2025/#sec-Executing-Requests.
/// </summary>
public interface IRequestExecutor
{
    /// <summary>The schema requests run against.</summary>
    Schema Schema { get; }

    /// <summary>
    /// Runs a query or mutation through parse, validate, coerce variables and execute. Request errors
    /// (syntax, validation, operation selection, variables) come back as a result without <c>data</c>, never
    /// as exceptions; a timeout comes back as an error with code <c>HC0045</c> (HotChocolate's).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="services">The request's services (its DI scope), or null for none.</param>
    /// <param name="cancellationToken">Signalled when the client goes away; the executor then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The result, to be written with <see cref="ExecutionResult.WriteTo(System.Text.Json.Utf8JsonWriter)"/>.</returns>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a subscription: "Subscribe(subscription, schema, variableValues, initialValue)". The stream yields one
    /// result per source event; a request error or a failing source stream yields one result with the errors and ends.
    /// A query or mutation yields its single result.
    /// See https://spec.graphql.org/September2025/#sec-Subscription.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="services">The services of the subscription's scope, or null for none.</param>
    /// <param name="cancellationToken">Ends the stream (the client unsubscribed or went away).</param>
    /// <returns>The response stream.</returns>
    IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default);
}
