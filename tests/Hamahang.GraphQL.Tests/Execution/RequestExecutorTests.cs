using System.Text.Json.Nodes;
using Hamahang.GraphQL.Error;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Types;

namespace Hamahang.GraphQL.Tests.Execution;

public class RequestExecutorTests
{
    private static async Task<JsonNode> Run(string query, ExecutionOptions? options = null, ExecutionTestSchema? test = null)
    {
        var executor = new RequestExecutor((test ?? new ExecutionTestSchema()).Schema, options);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        return JsonNode.Parse(result.ToJson())!;
    }

    [Fact]
    public async Task AnExceptionInAResolverIsAnInternalServerErrorWithoutItsText()
    {
        var response = await Run("{ boom text }");

        var error = response["errors"]![0]!;
        Assert.Equal("Unexpected Execution Error", error["message"]!.GetValue<string>());
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("secret", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(
            """{"boom":null,"text":"سلام \"quoted\""}""",
            response["data"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task ExceptionDetailsAreShownOnlyWhenConfigured()
    {
        var response = await Run("{ boom }", new ExecutionOptions { IncludeExceptionDetails = true });

        Assert.Equal("secret connection string", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AGraphQLExceptionKeepsItsMessageAndCode()
    {
        var response = await Run("{ graphQLError }");

        var error = response["errors"]![0]!;
        Assert.Equal("Not allowed.", error["message"]!.GetValue<string>());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("""[{"line":1,"column":3}]""", error["locations"]!.ToJsonString());
        Assert.Equal("""["graphQLError"]""", error["path"]!.ToJsonString());
    }

    [Fact]
    public async Task TheResponseIsUtf8JsonWithErrorsFirstAndKeysInSelectionOrder()
    {
        var executor = new RequestExecutor(new ExecutionTestSchema().Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ z: text a: boom }" });

        Assert.StartsWith(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":11}],"path":["a"]""",
            result.ToJson(),
            StringComparison.Ordinal);
        Assert.EndsWith("""],"data":{"z":"سلام \"quoted\"","a":null}}""", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestThatRunsTooLongEndsWithATimeoutError()
    {
        var response = await Run("{ text hang }", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal("HC0045", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task AClientThatGoesAwayCancelsTheRequest()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var executor = new RequestExecutor(new ExecutionTestSchema().Schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hang }" }, cancellationToken: cancellation.Token));
    }

    // What a resolver still uses (a pooled DbContext of the request's scope) is handed back only once it has ended.
    [Fact]
    public async Task ARequestTheClientLeftEndsOnlyOnceItsResolversHave()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var test = new ExecutionTestSchema();
        var executor = new RequestExecutor(test.Schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await executor.ExecuteAsync(new GraphQLRequest { Query = "{ text slowToStop }" }, cancellationToken: cancellation.Token));

        Assert.True(test.Stopped);
    }

    [Fact]
    public async Task ARequestThatTimedOutAnswersOnlyOnceItsResolversHaveEnded()
    {
        var test = new ExecutionTestSchema();

        var response = await Run("{ slowToStop }", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) }, test);

        Assert.Equal("HC0045", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(test.Stopped);
    }

    [Fact]
    public async Task QueryFieldsRunInParallel()
    {
        var response = await Run("{ ping pong }", new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) });

        Assert.Equal("""{"data":{"ping":"ping","pong":"pong"}}""", response.ToJsonString());
    }

    [Fact]
    public async Task MutationFieldsRunInSeries()
    {
        var test = new ExecutionTestSchema();
        var response = await Run("""mutation { a: append(entry: "a") b: append(entry: "b") c: append(entry: "c") }""", test: test);

        Assert.Equal(["a", "b", "c"], test.Log);
        Assert.Equal("""["a","b"]""", response["data"]!["b"]!.ToJsonString());
    }

    [Fact]
    public async Task DocumentsAreParsedOnceAndCachedByTheirText()
    {
        var executor = new RequestExecutor(new ExecutionTestSchema().Schema);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ text }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ text }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ boom }" });

        Assert.Equal(2, executor.CachedDocumentCount);
    }

    // A document given parsed is validated (and planned) once while its caller keeps it; with the cache off, every time.
    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(0, 3)]
    public async Task ADocumentGivenParsedIsValidatedOnceWhileTheCacheIsOn(int cacheSize, int validations)
    {
        var validated = 0;
        var executor = new RequestExecutor(new ExecutionTestSchema().Schema, new ExecutionOptions
        {
            DocumentCacheSize = cacheSize,
            Validator = (schema, document) =>
            {
                Interlocked.Increment(ref validated);
                return Hamahang.GraphQL.Validation.DocumentValidator.Validate(schema, document);
            },
        });
        var parsed = Hamahang.GraphQL.Language.Parser.Parse("{ text }");

        for (var i = 0; i < 3; i++)
        {
            var response = JsonNode.Parse((await executor.ExecuteAsync(new GraphQLRequest { Document = parsed })).ToJson())!;
            Assert.NotNull(response["data"]!["text"]);
        }

        Assert.Equal(validations, validated);
    }

    [Fact]
    public async Task AnInvalidDocumentIsARequestErrorWithoutData()
    {
        var response = await Run("{ nope }");

        Assert.Null(response["data"]);
        Assert.False(response.AsObject().ContainsKey("data"));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", response["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASyntaxErrorIsARequestErrorWithoutData()
    {
        var response = await Run("{ text");

        Assert.False(response.AsObject().ContainsKey("data"));
        Assert.StartsWith("Syntax Error", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalyzerThatReportsErrorsEndsTheRequest()
    {
        var response = await Run("{ text }", new ExecutionOptions { Analyzers = [new RefuseEverything()] });

        Assert.False(response.AsObject().ContainsKey("data"));
        Assert.Equal("MAX_DEPTH_EXCEEDED", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task VariablesAreCoercedWithGraphQLJsMessages()
    {
        var executor = new RequestExecutor(new ExecutionTestSchema().Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($n: Int!) { children(count: $n) { id } }",
            Variables = new Dictionary<string, object?> { ["n"] = "ten" },
        });

        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" has invalid value: Int cannot represent non-integer value: \"ten\"", Assert.Single(result.Errors).Message);
    }

    private sealed class RefuseEverything : IDocumentAnalyzer
    {
        public IReadOnlyList<GraphQLError> Analyze(DocumentAnalysisContext context) =>
            [new GraphQLError("Too deep.", extensions: new Dictionary<string, object?> { ["code"] = "MAX_DEPTH_EXCEEDED" })];
    }
}
