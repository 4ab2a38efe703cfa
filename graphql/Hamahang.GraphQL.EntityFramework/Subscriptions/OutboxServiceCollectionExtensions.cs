using Hamahang.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hamahang.GraphQL.EntityFramework.Subscriptions;

/// <summary>Switches subscriptions to the database outbox, so several hosts on one database deliver every event.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="ITopicEventSender"/> write events into <typeparamref name="TContext"/>'s outbox (the model must
    /// call <see cref="OutboxModelBuilderExtensions.AddGraphQLOutbox"/>) and starts this host's <see cref="OutboxPoller{TContext}"/>,
    /// which delivers every host's events to this host's subscribers. Call after <c>AddHamahangGraphQL</c>.
    /// </summary>
    /// <typeparam name="TContext">The application's DbContext, registered as a scoped service.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="options">The polling options; the defaults when null.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGraphQLOutbox<TContext>(this IServiceCollection services, OutboxOptions? options = null)
        where TContext : DbContext
    {
        services.TryAddSingleton<InMemoryTopicBus>();
        services.TryAddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<InMemoryTopicBus>());
        services.RemoveAll<ITopicEventSender>();
        services.AddScoped<ITopicEventSender, OutboxTopicEventSender<TContext>>();
        services.AddSingleton(options ?? new OutboxOptions());
        services.AddSingleton<OutboxPoller<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxPoller<TContext>>());
        return services;
    }
}
