using System.Runtime.CompilerServices;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Inspections;

[SubscriptionType]
public static class FindingSubscriptions
{
    /// <summary>
    /// Each finding filed in the district with this number (1 to 22), from now on, as the subscriber may read it:
    /// partners never receive confidential findings.
    /// </summary>
    [Authorize(ApiKeyRole.Admin, ApiKeyRole.Editor, ApiKeyRole.Inspector, ApiKeyRole.Partner)]
    public static IAsyncEnumerable<Finding> FindingFiled(int district, Caller caller, IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (district is < 1 or > 22)
        {
            throw ArgumentErrors.Invalid("district is the number of one of Tehran's 22 districts (1 to 22).");
        }

        // Subscribed now, so no event between this call and the first read is missed.
        var events = context.Service<ITopicEventReceiver>().SubscribeAsync<FindingFiledEvent>(FindingEvents.FiledTopic(district), context.RequestAborted);
        return ReadAsync(events, context.Service<IDbContextFactory<AppDbContext>>(), caller, context.RequestAborted);
    }

    private static async IAsyncEnumerable<Finding> ReadAsync(IAsyncEnumerable<FindingFiledEvent> events, IDbContextFactory<AppDbContext> contexts,
        Caller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visible = ReadPolicy.Findings(caller);
        await foreach (var filed in events.WithCancellation(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Findings.AsNoTracking().Where(f => f.Id == filed.FindingId).Where(visible).FirstOrDefaultAsync(cancellationToken) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
