using System.Runtime.CompilerServices;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Meetings;

[SubscriptionType]
public static class MinutesSubscriptions
{
    /// <summary>Each revision of minutes as it is published, from now on (amendments included).</summary>
    [Authorize]
    public static IAsyncEnumerable<Minutes> MinutesPublished(Caller caller, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var events = context.Service<ITopicEventReceiver>().SubscribeAsync<MinutesPublishedEvent>(MinutesEvents.PublishedTopic, context.RequestAborted);
        return ReadAsync(events, context.Service<IDbContextFactory<AppDbContext>>(), caller, context.RequestAborted);
    }

    private static async IAsyncEnumerable<Minutes> ReadAsync(IAsyncEnumerable<MinutesPublishedEvent> events, IDbContextFactory<AppDbContext> contexts,
        Caller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visible = ReadPolicy.Minutes(caller);
        await foreach (var published in events.WithCancellation(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Minutes.AsNoTracking().Where(m => m.Id == published.MinutesId).Where(visible).FirstOrDefaultAsync(cancellationToken) is { } minutes)
            {
                yield return minutes;
            }
        }
    }
}
