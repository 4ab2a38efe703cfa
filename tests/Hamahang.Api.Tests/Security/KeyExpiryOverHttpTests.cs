using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Hamahang.Api.Domain;
using Hamahang.Api.Security;
using Hamahang.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.Api.Tests.Security;

/// <summary>The real host on a clock the test moves: what it is told to be now is all the time that passes.</summary>
public sealed class ClockedHostFactory : HostFactory
{
    internal SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Expired and rotated keys, over HTTP and WebSocket, through the host's key cache.</summary>
public sealed class KeyExpiryOverHttpTests(ClockedHostFactory factory) : IClassFixture<ClockedHostFactory>
{
    [Fact]
    public async Task AnExpiredKeyIsRefusedOverHttpSayingSoThoughTheHostCachedIt()
    {
        var key = await CreateAsync(factory.Clock.Now.UtcDateTime.AddMinutes(5));
        Assert.False((await factory.PostAsync("{ __typename }", key)).HasErrors);

        factory.Clock.Now += TimeSpan.FromMinutes(5);
        var refused = await factory.PostAsync("{ __typename }", key);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], refused.ErrorCodes);
        var message = refused.Body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.StartsWith("The API key expired at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredKeyCannotOpenASubscriptionSocket()
    {
        var key = await CreateAsync(factory.Clock.Now.UtcDateTime.AddMinutes(1));
        await (await SubscriptionSocket.ConnectAsync(factory, key)).DisposeAsync();

        factory.Clock.Now += TimeSpan.FromMinutes(1);
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None);
        var init = new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["apiKey"] = key } };
        await socket.SendAsync(Encoding.UTF8.GetBytes(init.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(15_000);
        var answer = await socket.ReceiveAsync(new byte[4096], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, answer.MessageType);
        Assert.Equal(4403, (int?)socket.CloseStatus); // the transport closes a refused connection_init so
    }

    [Fact]
    public async Task ARotatedKeyWorksWithinItsGraceAndIsRefusedAfterWhileTheNewKeyWorks()
    {
        var old = await CreateAsync(null);
        Assert.False((await factory.PostAsync("{ me { role } }", old)).HasErrors);
        string fresh;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (_, _, fresh) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RotateAsync(ApiKeyFormat.PrefixOf(old), TimeSpan.FromHours(24));
        }

        factory.Clock.Now += TimeSpan.FromHours(23);
        Assert.False((await factory.PostAsync("{ __typename }", old)).HasErrors);
        factory.Clock.Now += TimeSpan.FromHours(1);
        var refused = await factory.PostAsync("{ __typename }", old);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        var me = await factory.PostAsync("{ me { role } }", fresh);
        Assert.False(me.HasErrors, me.ToString());
        Assert.Equal("EDITOR", me.Body.GetProperty("data").GetProperty("me").GetProperty("role").GetString());
    }

    private async Task<string> CreateAsync(DateTime? expiresAt)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, key) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(ApiKeyRole.Editor, name: "expiring", expiresAt: expiresAt);
        return key;
    }
}
