using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore.Tests;

/// <summary>
/// A real Kestrel host on a loopback port serving <see cref="TestSchema"/> at <c>/graphql</c>, as an
/// application would: <c>AddHamahangGraphQL</c>, then <c>MapGraphQL</c>.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The host's root address, e.g. http://127.0.0.1:53124/.</summary>
    public Uri Address { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQL => new(Address, "graphql");

    /// <summary>The GraphQL endpoint as a WebSocket address.</summary>
    public Uri WebSocket => new(GraphQL.ToString().Replace("http://", "ws://", StringComparison.Ordinal));

    /// <summary>A client whose base address is the host.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host; <paramref name="configure"/> adds services (interceptors, a DbContext, ...) after the GraphQL ones.</summary>
    public static async Task<TestHost> StartAsync(
        GraphQLHttpOptions? options = null,
        Action<IServiceCollection>? configure = null,
        Action<IServiceCollection>? before = null,
        Func<Hamahang.GraphQL.Types.Schema>? schema = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        if (Environment.GetEnvironmentVariable("TEST_HOST_LOGS") is null)
        {
            builder.Logging.ClearProviders();
        }
        before?.Invoke(builder.Services);
        builder.Services.AddHamahangGraphQL(_ => schema?.Invoke() ?? TestSchema.Create(), options);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestHost(app, new Uri(address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
