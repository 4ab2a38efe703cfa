using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Hamahang.Api.Data;
using Hamahang.Api.Domain;
using Hamahang.Api.Tests.GraphQL;
using Hamahang.GraphQL.Execution;
using Hamahang.GraphQL.Language;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>The seeded host, whose every LINQ query is also translated to T-SQL by <see cref="SqlServerQueryTranslator"/>.</summary>
public sealed class TranslatingHostFactory : HostFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SqlServerQueryTranslator>();
#pragma warning disable EF1001 // the query compiler is EF Core's internal API
            services.ConfigureDbContext<AppDbContext>(options => options.ReplaceService<IQueryCompiler, TranslatingQueryCompiler>());
#pragma warning restore EF1001
        });
    }
}

/// <summary>
/// Every query the API's resolvers and loaders send, translated for SQL Server and parsed by ScriptDom:
/// the schema README's examples, the seed questions, and every operation of schema/operations (queries
/// first, then mutations) with sample variables, under each role.
/// </summary>
public sealed partial class SqlServerQueryTests(TranslatingHostFactory factory, ITestOutputHelper output) : IClassFixture<TranslatingHostFactory>
{
    [Fact]
    public async Task EveryQueryTheApiSendsTranslatesToTSqlThatParses()
    {
        var translator = factory.Services.GetRequiredService<SqlServerQueryTranslator>();
        var schema = factory.Services.GetRequiredService<IRequestExecutor>().Schema;
        var samples = new SampleVariables(schema);
        var keys = new List<string>();
        foreach (var role in Enum.GetValues<ApiKeyRole>())
        {
            keys.Add(await factory.CreateKeyAsync(role, organization: role == ApiKeyRole.Partner ? "استانداری قم" : null,
                person: role == ApiKeyRole.Inspector ? "Hossein Amanlou" : null));
        }

        var documents = Examples(await File.ReadAllTextAsync(Path.Combine(Root(), "schema", "README.md")), ReadmeBlock())
            .Concat(Examples(await File.ReadAllTextAsync(Path.Combine(Root(), "tests", "Hamahang.Api.Tests", "Meetings", "SeedQuestionsTests.cs")),
                SeedQuestion()))
            .Concat(Directory.GetFiles(Path.Combine(Root(), "schema", "operations"), "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            .Select(text => (Text: text, Operation: Parser.Parse(text).Definitions.OfType<OperationDefinitionNode>().Single()))
            .Where(d => d.Operation.Operation != OperationType.Subscription)
            .OrderBy(d => d.Operation.Operation == OperationType.Mutation)
            .ThenBy(d => d.Operation.VariableDefinitions.Count > 0)
            .ToList();
        foreach (var (text, operation) in documents)
        {
            foreach (var key in keys)
            {
                var response = await factory.PostAsync(text, key, samples.For(operation));
                Assert.True(response.Status is System.Net.HttpStatusCode.OK, $"{operation.Name?.Value}: {response}");
                samples.Learn(response.Body);
            }
        }

        Assert.Empty(translator.Failures);
        var commands = translator.Commands;
        Assert.True(commands.Count > 50, $"only {commands.Count} distinct T-SQL commands");
        var errors = commands.SelectMany(c =>
        {
            SqlServerScriptTests.Parse(c, out var e);
            return e.Select(x => $"line {x.Line}: {x.Message}\n{c}");
        });
        Assert.Empty(errors);
        output.WriteLine($"ScriptDom: {documents.Count} GraphQL documents x {keys.Count} roles sent {translator.Queries} distinct LINQ queries, translated " +
            $"to {commands.Count} distinct T-SQL commands; all parsed, 0 errors");
    }

    [Fact]
    public void WhatSqliteSendsDoesNotParseAsTSql()
    {
        // The check above can fail: SQLite's LIMIT (what the host's own queries say) is no T-SQL.
        SqlServerScriptTests.Parse("SELECT \"m\".\"Id\" FROM \"Meetings\" AS \"m\" ORDER BY \"m\".\"Id\" LIMIT @p", out var errors);
        Assert.NotEmpty(errors);
    }

    private static IEnumerable<string> Examples(string text, Regex block) => block.Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex("\"\"\"\\s*\\n(\\s*(?:query|\\{).*?)\"\"\"", RegexOptions.Singleline)]
    private static partial Regex SeedQuestion();

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", ".."));
}
