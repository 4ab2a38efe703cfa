using Hamahang.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hamahang.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades that ask for the <c>graphql-transport-ws</c> subprotocol and runs one
/// <see cref="GraphQLWebSocketSession"/> per connection.
/// See https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
/// </summary>
internal sealed class GraphQLWebSocketHandler
{
    /// <summary>The subprotocol spoken.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    private readonly GraphQLRequestRunner _runner;
    private readonly DocumentResolver _documents;
    private readonly GraphQLHttpOptions _options;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;

    public GraphQLWebSocketHandler(
        GraphQLRequestRunner runner,
        DocumentResolver documents,
        GraphQLHttpOptions options,
        IServiceScopeFactory scopes,
        ILogger logger)
    {
        _runner = runner;
        _documents = documents;
        _options = options;
        _scopes = scopes;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var speaksOurs = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(speaksOurs ? SubProtocol : null).ConfigureAwait(false);
        using var session = new GraphQLWebSocketSession(socket, context, _runner, _documents, _options, _scopes, _logger);
        if (!speaksOurs)
        {
            await session.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }

        await session.RunAsync().ConfigureAwait(false);
    }
}
