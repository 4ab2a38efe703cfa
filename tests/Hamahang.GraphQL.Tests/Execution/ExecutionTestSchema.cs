using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Execution.DataLoaders;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Execution;

/// <summary>A small schema for executor tests, built from SDL with resolvers that record what they do.</summary>
public sealed class ExecutionTestSchema
{
    private const string Sdl = """
        type Query {
          children(count: Int!): [Child!]!
          boom: String
          graphQLError: String
          hang: String
          ping: String
          pong: String
          slowToStop: String
          text: String
        }
        type Child { id: Int! parent: Parent }
        type Parent { id: String! children: [Child!]! }
        type Mutation { append(entry: String!): [String!]! }
        """;

    private readonly TaskCompletionSource<string> _ping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _pong = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ExecutionTestSchema()
    {
        var resolvers = new Dictionary<string, FieldResolver>
        {
            ["Query.children"] = c => new(Enumerable.Range(0, (int)c.Arguments["count"]!).Select(i => new Child(i)).ToList()),
            ["Query.boom"] = _ => throw new InvalidOperationException("secret connection string"),
            ["Query.graphQLError"] = _ => throw new GraphQLException("Not allowed.", "AUTH_NOT_AUTHORIZED"),
            ["Query.hang"] = async c =>
            {
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            },
            // ping completes only when pong runs, and pong only when ping runs: both must be in flight at once.
            ["Query.ping"] = async _ =>
            {
                _pong.TrySetResult("pong");
                return await _ping.Task;
            },
            ["Query.pong"] = async _ =>
            {
                _ping.TrySetResult("ping");
                return await _pong.Task;
            },
            // Ends a while after the request is cancelled, as a resolver does that still uses the request's database context.
            ["Query.slowToStop"] = async c =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    await Task.Delay(300, CancellationToken.None);
                    Stopped = true;
                    throw;
                }

                return null;
            },
            ["Query.text"] = _ => new("سلام \"quoted\""),
            ["Child.parent"] = async c =>
                await c.DataLoaders().GetOrAdd(() => new ParentsDataLoader(ParentBatches)).LoadAsync($"p{((Child)c.Parent!).Id % 5}"),
            ["Parent.children"] = async c =>
                await c.DataLoaders().GetOrAdd(() => new ChildrenByParentDataLoader(ChildrenBatches)).LoadAsync(((Parent)c.Parent!).Id),
            ["Mutation.append"] = async c =>
            {
                await Task.Delay(10 - (Log.Count * 3));
                Log.Add((string)c.Arguments["entry"]!);
                return Log.ToList();
            },
        };
        Schema = BuildSchema.FromSdl(Sdl, new BuildSchemaOptions { Resolvers = resolvers });
    }

    public Schema Schema { get; }

    public List<List<string>> ParentBatches { get; } = [];

    public List<List<string>> ChildrenBatches { get; } = [];

    public List<string> Log { get; } = [];

    /// <summary>Whether <c>slowToStop</c> has ended after its request was cancelled.</summary>
    public bool Stopped { get; private set; }

    public sealed record Child(int Id);

    public sealed record Parent(string Id);

    private sealed class ParentsDataLoader(List<List<string>> batches) : BatchDataLoader<string, Parent>
    {
        protected override ValueTask<IReadOnlyDictionary<string, Parent>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            batches.Add([.. keys]);
            return new(keys.ToDictionary(k => k, k => new Parent(k)));
        }
    }

    private sealed class ChildrenByParentDataLoader(List<List<string>> batches) : GroupedDataLoader<string, Child>
    {
        protected override ValueTask<ILookup<string, Child>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            batches.Add([.. keys]);
            return new(Enumerable.Range(0, 20).Select(i => new Child(i)).ToLookup(child => $"p{child.Id % 5}"));
        }
    }
}
