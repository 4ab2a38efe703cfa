using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution.Results;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Execution;

/// <content>
/// "CreateSourceEventStream(subscription, schema, variableValues, initialValue)": the event stream of the
/// subscription's single root field. See https://spec.graphql.org/September2025/#CreateSourceEventStream().
/// </content>
internal sealed partial class OperationExecutor
{
    /// <summary>The source event stream, or the result holding the error that prevented it.</summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Error)> CreateSourceStreamAsync(ObjectType rootType, object? rootValue)
    {
        var root = new ResultObject(RootPlan(rootType), null, 0, nullableInParent: true);
        if (root.Plan.Fields.Length == 0)
        {
            return (null, ExecutionResult.FromErrors([new GraphQLError("The subscription has no root field to subscribe to.")]));
        }

        var field = root.Plan.Fields[0];
        try
        {
            if (field.Field.Subscribe is not { } subscribe)
            {
                throw new GraphQLException($"Subscription field \"{field.ParentType.Name}.{field.Field.Name}\" has no event stream.");
            }

            var context = new ResolverContext(this);
            context.Set(field, rootValue, Arguments(field), root, 0);
            var stream = await subscribe(context).ConfigureAwait(false);
            return stream is null
                ? throw new GraphQLException($"Subscription field must return AsyncIterable. Received: null.")
                : (stream, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_requestAborted.IsCancellationRequested)
        {
            return (null, ExecutionResult.FromErrors([CreateError(exception, field, root, 0)]));
        }
    }

    /// <summary>True when this is the root of a subscription event, where a field without resolver takes the event itself.</summary>
    private bool IsSubscriptionEventRoot(ResultObject obj) => obj.Parent is null && _operation.Operation == Language.OperationType.Subscription;
}
