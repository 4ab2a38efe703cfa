using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hamahang.Api.Data.Providers;

/// <summary>The context on SQLite; its migrations are in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext : AppDbContext
{
    private SqliteWriteTurns? turns;
    private bool turnsFound;

    /// <summary>The pool's constructor (EF Core pools a context type with one public constructor taking only options).</summary>
    public SqliteAppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal SqliteAppDbContext(DbContextOptions options, Caller caller, TimeProvider clock)
        : base(options, caller, clock)
    {
    }

    /// <summary>Begins once it is this writer's turn on the file (<see cref="SqliteWriteTurns"/>).</summary>
    public override Task<IDbContextTransaction> BeginWriteAsync(CancellationToken cancellationToken = default) =>
        Turns is { } file ? file.BeginAsync(Database, cancellationToken) : base.BeginWriteAsync(cancellationToken);

    /// <inheritdoc cref="BeginWriteAsync" />
    public override IDbContextTransaction BeginWrite() => Turns is { } file ? file.Begin(Database) : base.BeginWrite();

    // Found once: a pooled context keeps its options and connection string.
    private SqliteWriteTurns? Turns => turnsFound ? turns : Find();

    private SqliteWriteTurns? Find()
    {
        turns = SqliteWriteTurns.Of(this.GetService<IDbContextOptions>(), Database.GetConnectionString());
        turnsFound = true;
        return turns;
    }
}

/// <summary>What <c>dotnet ef migrations add ... --context SqliteAppDbContext</c> builds the model with.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseProvider.Options(DatabaseOptions.Sqlite, null), new Caller(), TimeProvider.System);
}
