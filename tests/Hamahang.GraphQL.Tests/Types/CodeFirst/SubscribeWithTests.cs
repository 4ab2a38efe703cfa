using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Utilities;

namespace Hamahang.GraphQL.Tests.Types.CodeFirst;

/// <summary>
/// HotChocolate's split subscription (its workshop's <c>onAttendeeCheckedIn</c>): <c>[Subscribe(With = ...)]</c>
/// names the method that makes the source stream from the field's arguments, and the marked method resolves each
/// event, received with <c>[EventMessage]</c>. The stream method is no field, and a synchronous resolver of the
/// event is pure: no <c>@cost</c> of its own, as HotChocolate prints it.
/// </summary>
public class SubscribeWithTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<Query>().AddType(typeof(CheckIns)).AddCostDirectives().Create();

    [Fact]
    public async Task TheStreamMethodMakesTheEventsAndTheFieldResolvesEach()
    {
        var results = new List<string>();
        var request = new GraphQLRequest { Query = "subscription { onCheckedIn(sessionId: 7, count: 2) }" };
        await foreach (var result in new RequestExecutor(Schema).SubscribeAsync(request))
        {
            results.Add(result.ToJson());
        }

        Assert.Equal(["""{"data":{"onCheckedIn":"session 7: attendee 1"}}""", """{"data":{"onCheckedIn":"session 7: attendee 2"}}"""], results);
    }

    [Fact]
    public void TheSchemaHasTheFieldWithItsArgumentsOnlyAndNoResolverCost()
    {
        var lines = SchemaPrinter.Print(Schema).Split('\n');

        Assert.Contains("  onCheckedIn(sessionId: Int!, count: Int!): String!", lines);
        Assert.DoesNotContain(lines, line => line.Contains("subscribeToOnCheckedIn", StringComparison.Ordinal));
    }

    public class Query
    {
        public static bool Ok() => true;
    }

    [SubscriptionType]
    public static class CheckIns
    {
        [Subscribe(With = nameof(SubscribeToOnCheckedIn))]
        public static string OnCheckedIn(int sessionId, int count, [EventMessage] int attendeeId) =>
            count > 0 ? $"session {sessionId}: attendee {attendeeId}" : string.Empty;

        public static async IAsyncEnumerable<int> SubscribeToOnCheckedIn(int count)
        {
            for (var i = 1; i <= count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }
}
