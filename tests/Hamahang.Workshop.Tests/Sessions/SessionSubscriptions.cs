using System.Runtime.CompilerServices;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Hamahang.Workshop.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Workshop.Tests.Sessions;

[SubscriptionType]
public static class SessionSubscriptions
{
    public static async IAsyncEnumerable<Session> OnSessionScheduledAsync(
        [Service] ITopicEventReceiver eventReceiver,
        [Service] IDbContextFactory<WorkshopDbContext> contexts,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventReceiver);
        ArgumentNullException.ThrowIfNull(contexts);
        await foreach (var sessionId in eventReceiver.SubscribeAsync<int>(SessionMutations.ScheduledTopic, cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            yield return await db.Sessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        }
    }
}
