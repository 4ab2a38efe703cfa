using Hamahang.Api.GraphQL;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Api.Security;
using Hamahang.GraphQL.AspNetCore;
using Hamahang.GraphQL.Data;
using Hamahang.GraphQL.EntityFramework;
using Hamahang.GraphQL.Execution;

namespace Hamahang.Api.Extensions;

internal static class GraphQLExtensions
{
    /// <summary>
    /// The GraphQL server on the engine: the schema, API-key authentication, the caller, EF Core execution
    /// of the data conventions and node loading under the read policy. Production hides "Did you mean"
    /// suggestions and exception details; introspection is on in Development and off elsewhere unless
    /// <c>GraphQL:Introspection</c> is true.
    /// </summary>
    public static WebApplicationBuilder AddHamahangGraphQL(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var introspection = builder.Configuration.GetValue("GraphQL:Introspection", development);
        var timeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("GraphQL:TimeoutSeconds", 30));
        builder.Services.AddScoped<IRowFilter, ReadPolicyRowFilter>();

        // The request timeout (and a client that goes away) stops the SQLite command running, not only the answer.
        builder.Services.ConfigureDbContext<Data.AppDbContext>(options => options.AddInterceptors(SqliteInterruptInterceptor.Instance));
        builder.Services.AddSingleton<IRequestInterceptor, ApiKeyRequestInterceptor>();
        builder.Services.AddSingleton<IQueryExecutor, EntityFrameworkQueryExecutor>();
        builder.Services.AddSingleton<INodeLoader, AuthorizingNodeLoader>();
        builder.Services.AddHamahangGraphQL(
            _ => HamahangSchema.Create(),
            new GraphQLHttpOptions
            {
                // With only trusted documents, the admin page (whose documents are trusted) still works.
                TrustedDocumentsOnly = builder.Configuration.GetValue("GraphQL:TrustedDocumentsOnly", false),
                BrowserRedirect = "/#/console",
                PreflightedHeaders = ["Authorization", "X-Api-Key"],
            },
            executionOptions: _ =>
            {
                var rules = development ? ExecutionOptions.SpecifiedRules : ExecutionOptions.SpecifiedRulesWithoutSuggestions;
                return new ExecutionOptions
                {
                    Timeout = timeout,
                    IncludeExceptionDetails = development,
                    HideSuggestions = !development,
                    CodeRequestErrors = true,
                    Validator = introspection ? rules : IntrospectionGate.Wrap(rules),
                };
            });
        return builder;
    }

    /// <summary>GraphQL at <c>/graphql</c> (POST, GET, WebSocket; the SDL at <c>/graphql?sdl</c>).</summary>
    public static WebApplication MapHamahangGraphQL(this WebApplication app)
    {
        app.MapGraphQL("/graphql");
        return app;
    }
}
