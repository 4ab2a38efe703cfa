using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Language;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// Subscriptions: "Subscribe" creates the source event stream, "MapSourceToResponseEvent" executes the
/// operation once per event with the event as the root field's parent value.
/// See https://spec.graphql.org/September2025/#sec-Subscription.
/// </content>
public sealed partial class RequestExecutor
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider? services = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        if (prepared.ErrorResult is { } errorResult)
        {
            yield return errorResult;
            yield break;
        }

        if (prepared.Operation.Operation != OperationType.Subscription)
        {
            yield return await Execute(prepared, Options.RootValue, services, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        if (Schema.SubscriptionType is not { } rootType)
        {
            yield return new ExecutionResult(
                true,
                null,
                [new GraphQLError("Schema is not configured to execute subscription operation.", nodes: [prepared.Operation])]);
            yield break;
        }

        var source = new OperationExecutor(
            Schema,
            prepared.Document,
            prepared.Operation,
            prepared.Variables,
            services ?? EmptyServices.Instance,
            Options with { Timeout = Timeout.InfiniteTimeSpan },
            cancellationToken)
        {
            InitialContextData = prepared.ContextData,
        };
        var (stream, error) = await source.CreateSourceStreamAsync(rootType, Options.RootValue).ConfigureAwait(false);
        if (error is not null)
        {
            yield return error;
            yield break;
        }

        await foreach (var sourceEvent in stream!.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await Execute(prepared, sourceEvent, services, cancellationToken).ConfigureAwait(false);
        }
    }
}
