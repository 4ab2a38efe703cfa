using Hamahang.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

#pragma warning disable CA1822 // Resolver classes are instantiated by the schema, as an application's are.

namespace Hamahang.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// What an interceptor sets in <see cref="GraphQLRequestContext.RequestServices"/> is what the operation's resolvers
/// see, over HTTP and over WebSocket, where each operation runs in a service scope of its own.
/// </summary>
public sealed class OperationScopeTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(
            configure: services => services.AddScoped<ScopedCaller>().AddSingleton<IRequestInterceptor, ScopedCallerInterceptor>(),
            schema: () => SchemaBuilder.New().AddType<ScopedQueries>().Create());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AWebSocketOperationSeesTheCallerTheInterceptorSetInItsScope()
    {
        await using var socket = await RawSocket.ConnectAndInitAsync(_host);
        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ caller }"}}""");
        var next = (await socket.ReceiveAsync())!;
        Assert.Equal("set by the interceptor", next["payload"]!["data"]!["caller"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnHttpOperationSeesTheCallerTheInterceptorSetInItsScope()
    {
        using var response = await _host.Client.PostAsync(
            _host.GraphQL,
            new StringContent("""{"query":"{ caller }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("set by the interceptor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class ScopedCaller
    {
        public string Name { get; set; } = "nobody";
    }

    private sealed class ScopedCallerInterceptor : IRequestInterceptor
    {
        public ValueTask<Hamahang.GraphQL.Error.GraphQLError?> OnRequestAsync(GraphQLRequestContext context, CancellationToken cancellationToken)
        {
            context.RequestServices.GetRequiredService<ScopedCaller>().Name = "set by the interceptor";
            return default;
        }
    }

    [QueryType]
    public sealed class ScopedQueries
    {
        public string Caller([Service] ScopedCaller caller) => caller.Name;
    }
}
