using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;
using Hamahang.GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Hamahang.GraphQL.AspNetCore.Http;

/// <summary>
/// Serves GraphQL over HTTP: POST with a JSON body, GET with URL-encoded parameters (queries only), and
/// form posts; negotiates the response's media type; refuses what a browser could send cross-site without a
/// preflight; reads the <c>GraphQL-Cost</c> header (<see cref="CostHeader"/>). See https://graphql.github.io/graphql-over-http/draft/.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    /// <summary>The header whose presence proves a request could not come from a plain cross-site form or link.</summary>
    public const string PreflightHeader = "GraphQL-Preflight";

    private readonly GraphQLRequestRunner _runner;
    private readonly DocumentResolver _documents;
    private readonly GraphQLHttpOptions _options;
    private readonly ILogger _logger;

    public GraphQLHttpHandler(GraphQLRequestRunner runner, DocumentResolver documents, GraphQLHttpOptions options, ILogger logger)
    {
        _runner = runner;
        _documents = documents;
        _options = options;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        try
        {
            if (mediaType is null)
            {
                throw new TransportException(
                    406,
                    TransportErrorCodes.NotAcceptable,
                    "The Accept header names no media type this server writes (application/graphql-response+json, application/json).");
            }

            var cost = CostHeader.Read(request);
            if (HttpMethods.IsGet(request.Method))
            {
                await HandleGetAsync(context, mediaType, cost).ConfigureAwait(false);
            }
            else if (HttpMethods.IsPost(request.Method))
            {
                await HandlePostAsync(context, mediaType, cost).ConfigureAwait(false);
            }
            else
            {
                context.Response.Headers.Allow = "GET, POST";
                throw new TransportException(405, TransportErrorCodes.MethodNotAllowed, "GraphQL is served with GET and POST.");
            }
        }
        catch (TransportException refused)
        {
            await HttpResponseWriter.WriteErrorAsync(context, mediaType ?? MediaTypes.Json, refused).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads an answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            // A fault of ours, never of the input: logged, and answered without its text.
            TransportLog.RequestFailed(_logger, exception);
            var fault = new TransportException(StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, "Unexpected Execution Error");
            await HttpResponseWriter.WriteErrorAsync(context, mediaType ?? MediaTypes.Json, fault).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext context, string mediaType, CostReportMode? cost)
    {
        RequirePreflight(context.Request);
        var parameters = RequestParameters.FromPairs(name => context.Request.Query[name]);
        var request = _documents.Resolve(parameters);
        if (!_options.AllowGetMutations && IsMutation(request))
        {
            context.Response.Headers.Allow = "POST";
            throw new TransportException(405, TransportErrorCodes.MethodNotAllowed, "Mutations cannot be sent with GET; use POST.");
        }

        await RunAsync(context, mediaType, request, cost).ConfigureAwait(false);
    }

    private async Task HandlePostAsync(HttpContext context, string mediaType, CostReportMode? cost)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType))
        {
            throw new TransportException(415, TransportErrorCodes.UnsupportedMediaType, "A POST must have the content type application/json.");
        }

        if (!MediaTypes.IsUtf8(contentType))
        {
            throw new TransportException(415, TransportErrorCodes.UnsupportedMediaType, "GraphQL over HTTP reads UTF-8 only.");
        }

        if (MediaTypes.IsJson(contentType))
        {
            using var body = await HttpRequestReader.ReadJsonAsync(context, _options.MaxRequestBodySize).ConfigureAwait(false);
            await RunBodyAsync(context, mediaType, body.RootElement, cost).ConfigureAwait(false);
            return;
        }

        if (!MediaTypes.IsSimple(contentType))
        {
            throw new TransportException(
                415,
                TransportErrorCodes.UnsupportedMediaType,
                $"The content type '{contentType.MediaType}' is not supported; use application/json.");
        }

        RequirePreflight(context.Request);
        if (!contentType.MediaType.Equals(MediaTypes.FormUrlEncoded, StringComparison.OrdinalIgnoreCase))
        {
            throw new TransportException(
                415,
                TransportErrorCodes.UnsupportedMediaType,
                $"The content type '{contentType.MediaType}' is not supported; use application/json.");
        }

        var form = await HttpRequestReader.ReadFormAsync(context, _options.MaxRequestBodySize).ConfigureAwait(false);
        await RunAsync(context, mediaType, _documents.Resolve(RequestParameters.FromPairs(name => form.GetValueOrDefault(name))), cost).ConfigureAwait(false);
    }

    private async Task RunBodyAsync(HttpContext context, string mediaType, System.Text.Json.JsonElement body, CostReportMode? cost)
    {
        if (body.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            await RunAsync(context, mediaType, _documents.Resolve(RequestParameters.FromJson(body)), cost).ConfigureAwait(false);
            return;
        }

        if (!_options.EnableBatching)
        {
            throw new TransportException(400, TransportErrorCodes.BatchingNotAllowed, "Batching is not allowed on this server; send one request per POST.");
        }

        var count = body.GetArrayLength();
        if (count == 0 || count > _options.MaxBatchSize)
        {
            throw new TransportException(400, TransportErrorCodes.BatchTooLarge, $"A batch must hold between 1 and {_options.MaxBatchSize} requests.");
        }

        var results = new List<ExecutionResult>(count);
        foreach (var item in body.EnumerateArray())
        {
            results.Add(await ExecuteItemAsync(context, () => _documents.Resolve(RequestParameters.FromJson(item)), cost).ConfigureAwait(false));
        }

        await HttpResponseWriter.WriteBatchAsync(context, mediaType, results).ConfigureAwait(false);
    }

    private async Task RunAsync(HttpContext context, string mediaType, GraphQLRequest request, CostReportMode? cost)
    {
        var result = await ExecuteAsync(context, request, cost).ConfigureAwait(false);
        await HttpResponseWriter.WriteAsync(context, mediaType, result).ConfigureAwait(false);
    }

    /// <summary>Intercepts and executes one request; with a cost mode, asks the limits' analyzer for the cost and reports it.</summary>
    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, CostReportMode? cost)
    {
        request = await _runner.InterceptAsync(context, request, null, false, context.RequestAborted).ConfigureAwait(false);
        if (cost is not { } mode)
        {
            return await _runner.Executor.ExecuteAsync(request, context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        }

        var costRequest = new CostReportRequest(mode);
        var result = await _runner.Executor.ExecuteAsync(
            CostHeader.Attach(request, costRequest),
            context.RequestServices,
            context.RequestAborted).ConfigureAwait(false);
        return CostHeader.Report(result, costRequest);
    }

    /// <summary>One request of a batch: its result, or its refusal as a result.</summary>
    private async Task<ExecutionResult> ExecuteItemAsync(HttpContext context, Func<GraphQLRequest> resolve, CostReportMode? cost)
    {
        try
        {
            return await ExecuteAsync(context, resolve(), cost).ConfigureAwait(false);
        }
        catch (TransportException refused)
        {
            TransportLog.BatchItemRefused(_logger, refused.Code);
            return ExecutionResult.FromErrors([refused.ToError()]);
        }
    }

    private void RequirePreflight(HttpRequest request)
    {
        if (!_options.RequirePreflight
            || !string.IsNullOrEmpty(request.Headers[PreflightHeader])
            || _options.PreflightedHeaders.Any(header => !string.IsNullOrEmpty(request.Headers[header]))
            || (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && MediaTypes.IsJson(type)))
        {
            return;
        }

        throw new TransportException(
            400,
            TransportErrorCodes.PreflightRequired,
            $"This request needs the '{PreflightHeader}: 1' header or a JSON content type (CSRF protection).");
    }

    /// <summary>True when the operation the request selects is a mutation; a document that does not parse is left to the executor.</summary>
    private static bool IsMutation(GraphQLRequest request)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query!);
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.Value == request.OperationName);
        return operation?.Operation == OperationType.Mutation;
    }
}
