using Hamahang.GraphQL.AspNetCore.Http;
using Hamahang.GraphQL.AspNetCore.WebSockets;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint: <c>app.MapGraphQL("/graphql")</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="pattern"/>: POST and GET (GraphQL over HTTP), WebSocket upgrades
    /// (<c>graphql-transport-ws</c>), and the schema's SDL at <c>{pattern}?sdl</c> and <c>{pattern}/schema.graphql</c>.
    /// When <paramref name="endpoints"/> is also the application (a <c>WebApplication</c>), WebSockets are switched on.
    /// </summary>
    /// <param name="endpoints">The endpoints (the application).</param>
    /// <param name="pattern">The path, <c>/graphql</c> by default.</param>
    /// <returns>A builder for conventions (authorization, CORS, ...) of both endpoints.</returns>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<GraphQLHttpOptions>();
        var http = services.GetRequiredService<GraphQLHttpHandler>();
        var webSockets = services.GetRequiredService<GraphQLWebSocketHandler>();
        var sdl = new Lazy<string>(() => SchemaPrinter.Print(services.GetRequiredService<IRequestExecutor>().Schema));
        if (options.EnableWebSockets && endpoints is IApplicationBuilder app)
        {
            app.UseWebSockets();
        }

        var main = endpoints.Map(pattern, context =>
        {
            if (options.EnableWebSockets && context.WebSockets.IsWebSocketRequest)
            {
                return webSockets.HandleAsync(context);
            }

            if (options.EnableSchemaRequests && HttpMethods.IsGet(context.Request.Method) && context.Request.Query.ContainsKey("sdl"))
            {
                return WriteSdlAsync(context, sdl.Value);
            }

            if (options.BrowserRedirect is { } redirect && IsBrowserOpening(context.Request))
            {
                context.Response.Redirect(redirect);
                return Task.CompletedTask;
            }

            return http.HandleAsync(context);
        });
        var builders = new List<IEndpointConventionBuilder> { main };
        if (options.EnableSchemaRequests)
        {
            builders.Add(endpoints.MapGet(pattern.TrimEnd('/') + "/schema.graphql", context => WriteSdlAsync(context, sdl.Value)));
        }

        return new CompositeConventionBuilder(builders);
    }

    // A browser's own navigation asks for text/html; a GraphQL client asks for JSON and names a document.
    private static bool IsBrowserOpening(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static Task WriteSdlAsync(HttpContext context, string sdl)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(sdl, context.RequestAborted);
    }

    /// <summary>Applies each convention to every endpoint MapGraphQL added.</summary>
    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
