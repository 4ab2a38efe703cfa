using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Transport;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.GraphQL.Authorization;
using Hamahang.Bench.Http;

// The .NET peers of bench/http on one host: GraphQL.NET 8.8.5 at /graphql, the hand-written
// endpoints at /hand/{operation}. ConnectionStrings:Hamahang names the bench's SQLite file.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var options = DatabaseProvider.Options(DatabaseOptions.Sqlite, builder.Configuration.GetConnectionString("Hamahang"));
builder.Services.AddScoped(_ => DatabaseProvider.CreateContext(DatabaseOptions.Sqlite, options, new Caller(), TimeProvider.System));
builder.Services.AddGraphQL(graphql => graphql
    .AddSchema<PeerSchema>()
    .AddGraphTypes(typeof(PeerSchema).Assembly)
    .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
// Text written as UTF-8, unescaped, as Hamahang writes it (same bytes on the wire). No document cache: GraphQL.NET's (GraphQL.MemoryCache) is not on our
// package feed, so it parses and
// validates every request, as its defaults do.

var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http, IDocumentExecuter<PeerSchema> executer, IGraphQLTextSerializer serializer) =>
{
    var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
    var result = await executer.ExecuteAsync(new ExecutionOptions
    {
        Query = request?.Query,
        Variables = request?.Variables,
        OperationName = request?.OperationName,
        RequestServices = http.RequestServices,
        CancellationToken = http.RequestAborted,
    });
    http.Response.ContentType = "application/json; charset=utf-8";
    await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
});
app.MapHandWritten();
await app.RunAsync();
