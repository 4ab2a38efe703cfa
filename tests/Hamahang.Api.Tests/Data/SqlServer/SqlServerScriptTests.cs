using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit.Abstractions;

namespace Hamahang.Api.Tests.Data.SqlServer;

/// <summary>
/// SQL Server checked without a server: the DDL EF Core generates for it (the whole migration script,
/// its idempotent form, and the create script) parses with Microsoft's own T-SQL parser without an error.
/// </summary>
public sealed class SqlServerScriptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(MigrationsSqlGenerationOptions.Default)]
    [InlineData(MigrationsSqlGenerationOptions.Idempotent)]
    public void TheWholeMigrationScriptParses(MigrationsSqlGenerationOptions options)
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: options);
        AssertParses(script, $"migration script ({options})");
    }

    [Fact]
    public void TheCreateScriptParses()
    {
        using var db = Context();
        AssertParses(db.Database.GenerateCreateScript(), "create script");
    }

    internal static AppDbContext Context() =>
        DatabaseProvider.CreateContext(DatabaseOptions.SqlServer, DatabaseProvider.Options(DatabaseOptions.SqlServer, null), new Caller(), TimeProvider.System);

    // Parses T-SQL with TSql170Parser (SQL Server 2025's grammar) and returns its statements.
    internal static List<TSqlStatement> Parse(string sql, out IList<ParseError> errors)
    {
        using var reader = new StringReader(sql);
        var fragment = (TSqlScript)new TSql170Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
        return fragment.Batches.SelectMany(b => b.Statements).ToList();
    }

    private void AssertParses(string script, string what)
    {
        var statements = Parse(script, out var errors);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var tables = new CreateTableCounter();
        statements.ForEach(s => s.Accept(tables));
        Assert.True(tables.Count > 20, $"the {what} should create the model's tables (it creates {tables.Count})");
        output.WriteLine($"ScriptDom: {what}: {statements.Count} top-level statements ({tables.Count} CREATE TABLE) parsed, 0 errors");
    }

    // Counts CREATE TABLE at any depth: the idempotent script nests each in an IF block.
    private sealed class CreateTableCounter : TSqlFragmentVisitor
    {
        public int Count { get; private set; }

        public override void Visit(CreateTableStatement node) => Count++;
    }
}
