using Hamahang.GraphQL.AspNetCore.Documents;
using Hamahang.GraphQL.AspNetCore.Http;
using Hamahang.GraphQL.Subscriptions;
using Hamahang.GraphQL.AspNetCore.WebSockets;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;
using Hamahang.GraphQL.Validation.Limits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL server's services: <c>services.AddHamahangGraphQL(...)</c>, then <c>app.MapGraphQL()</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the executor of the schema <paramref name="schemaFactory"/> builds (once, on first use), the
    /// transport, an empty trusted document store, the automatic persisted query cache and an in-memory topic bus
    /// (<see cref="ITopicEventSender"/>, <see cref="ITopicEventReceiver"/>). Every request is checked against
    /// <see cref="GraphQLHttpOptions.Limits"/> (on by default), and the <c>GraphQL-Cost</c> header reports its cost.
    /// Register <see cref="IRequestInterceptor"/>s as singletons; they reach request services through <c>HttpContext.RequestServices</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="schemaFactory">Builds the schema.</param>
    /// <param name="options">The transport's options; the defaults when null.</param>
    /// <param name="executionOptions">
    /// Builds the executor's options (timeout, validation, analyzers); the defaults when null. The request limits' analyzer is put
    /// first in its analyzers.
    /// </param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddHamahangGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        GraphQLHttpOptions? options = null,
        Func<IServiceProvider, ExecutionOptions>? executionOptions = null)
    {
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var transport = options ?? new GraphQLHttpOptions();
        services.AddSingleton(transport);
        services.AddSingleton<IRequestExecutor>(sp => new RequestExecutor(
            schemaFactory(sp),
            WithLimits(executionOptions?.Invoke(sp) ?? new ExecutionOptions(), transport.Limits)));
        services.TryAddSingleton<ITrustedDocumentStore>(new TrustedDocumentStore());
        services.AddSingleton(new PersistedQueryCache(transport.PersistedQueryCacheSize));
        services.TryAddSingleton<InMemoryTopicBus>();
        services.TryAddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<InMemoryTopicBus>());
        services.TryAddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<InMemoryTopicBus>());
        services.AddSingleton(sp => new DocumentResolver(
            sp.GetRequiredService<ITrustedDocumentStore>(),
            sp.GetRequiredService<PersistedQueryCache>(),
            transport));
        services.AddSingleton(sp => new GraphQLRequestRunner(sp.GetRequiredService<IRequestExecutor>(), sp.GetServices<IRequestInterceptor>()));
        services.AddSingleton(sp => new GraphQLHttpHandler(
            sp.GetRequiredService<GraphQLRequestRunner>(), sp.GetRequiredService<DocumentResolver>(), transport, Logger(sp, "Http")));
        services.AddSingleton(sp => new GraphQLWebSocketHandler(
            sp.GetRequiredService<GraphQLRequestRunner>(),
            sp.GetRequiredService<DocumentResolver>(),
            transport,
            sp.GetRequiredService<IServiceScopeFactory>(),
            Logger(sp, "WebSockets")));
        return services;
    }

    /// <summary>
    /// Trusts every <c>*.graphql</c> file of <paramref name="directory"/> (such as <c>schema/operations/</c>):
    /// clients may send <c>{"documentId": "sha256:&lt;hex&gt;"}</c> instead of the text. Call before
    /// <see cref="AddHamahangGraphQL"/>, or it replaces the store that call registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="directory">The folder of documents.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services, string directory)
    {
        var store = new TrustedDocumentStore().AddDirectory(directory);
        services.RemoveAll<ITrustedDocumentStore>();
        services.AddSingleton<ITrustedDocumentStore>(store);
        return services;
    }

    /// <summary>The options with the limits' analyzer first, unless they hold one already.</summary>
    private static ExecutionOptions WithLimits(ExecutionOptions options, RequestLimits limits) =>
        options.Analyzers.Any(analyzer => analyzer is RequestLimitsDocumentAnalyzer)
            ? options
            : options with { Analyzers = [new RequestLimitsDocumentAnalyzer(limits), .. options.Analyzers] };

    private static ILogger Logger(IServiceProvider services, string category) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("Hamahang.GraphQL.AspNetCore." + category)
        ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
