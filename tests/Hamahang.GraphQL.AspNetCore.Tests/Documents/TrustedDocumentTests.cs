using System.Net;
using Hamahang.GraphQL.AspNetCore.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Hamahang.GraphQL.AspNetCore.Tests.Documents;

/// <summary>
/// Trusted documents (<c>{"documentId": "sha256:&lt;hex&gt;"}</c>, loaded from a folder of *.graphql files),
/// the trusted-only mode, and automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>).
/// </summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string HelloDocument = "query Hello { hello(name: \"trusted\") }\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("hamahang-operations-").FullName;

    public TrustedDocumentTests()
    {
        File.WriteAllText(Path.Combine(_folder, "Hello.graphql"), HelloDocument);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "{ boom }");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ADocumentIdOfAFileInTheOperationsFolderRunsThatFile()
    {
        await using var host = await StartAsync(new GraphQLHttpOptions());
        var exchange = await HttpExchange.PostAsync(host.Client, $$"""{"documentId":"sha256:{{DocumentHash.Sha256(HelloDocument)}}"}""");
        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, trusted!", exchange.Json!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal(1, ((TrustedDocumentStore)host.Services.GetRequiredService<ITrustedDocumentStore>()).Count);
    }

    [Fact]
    public async Task AnUnknownDocumentIdIsPersistedQueryNotFound()
    {
        await using var host = await StartAsync(new GraphQLHttpOptions());
        var exchange = await HttpExchange.PostAsync(host.Client, $$"""{"documentId":"sha256:{{new string('a', 64)}}"}""", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0020", exchange.Code);
    }

    [Fact]
    public async Task AMalformedDocumentIdIsAnInvalidRequest()
    {
        await using var host = await StartAsync(new GraphQLHttpOptions());
        var exchange = await HttpExchange.PostAsync(host.Client, """{"documentId":"md5:abc"}""");
        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("HC0009", exchange.Code);
    }

    [Fact]
    public async Task WithTrustedDocumentsOnlyADocumentSentAsTextRunsOnlyWhenItIsTrusted()
    {
        await using var host = await StartAsync(new GraphQLHttpOptions { TrustedDocumentsOnly = true });
        var untrusted = await HttpExchange.PostAsync(host.Client, """{"query":"{ hello }"}""");
        var trusted = await HttpExchange.PostAsync(host.Client, System.Text.Json.JsonSerializer.Serialize(new { query = HelloDocument }));
        Assert.Equal(HttpStatusCode.BadRequest, untrusted.Status);
        Assert.Equal("HC0067", untrusted.Code);
        Assert.Equal("Hello, trusted!", trusted.Json!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAutomaticPersistedQueryIsNotFoundThenLearnedThenRunByItsHash()
    {
        await using var host = await TestHost.StartAsync();
        const string query = "{ hello(name: \"apq\") }";
        var hash = DocumentHash.Sha256(query);
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";
        var first = await HttpExchange.PostAsync(host.Client, $$"""{"extensions":{{extensions}}}""");
        var learn = await HttpExchange.PostAsync(host.Client, $$"""{"query":"{ hello(name: \"apq\") }","extensions":{{extensions}}}""");
        var byHash = await HttpExchange.GetAsync(host.Client, "graphql?extensions=" + Uri.EscapeDataString(extensions), null, ("GraphQL-Preflight", "1"));
        Assert.Equal("HC0020", first.Code);
        Assert.Equal("PersistedQueryNotFound", first.Json!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Hello, apq!", learn.Json!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, byHash.Status);
        Assert.Equal("Hello, apq!", byHash.Json!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task APersistedQueryWhoseHashIsNotItsTextsIsRefused()
    {
        await using var host = await TestHost.StartAsync();
        var body = $$$$"""{"query":"{ hello }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{new string('b', 64)}}}}"}}}""";
        var exchange = await HttpExchange.PostAsync(host.Client, body);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", exchange.Code);
    }

    private Task<TestHost> StartAsync(GraphQLHttpOptions options) =>
        TestHost.StartAsync(options, before: services => services.AddTrustedDocuments(_folder));
}
