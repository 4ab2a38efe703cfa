using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hamahang.Api.Data.Providers;

/// <summary>The context on SQLite; its migrations are in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext : AppDbContext
{
    /// <summary>The pool's constructor (EF Core pools a context type with one public constructor taking only options).</summary>
    public SqliteAppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal SqliteAppDbContext(DbContextOptions options, Caller caller, TimeProvider clock)
        : base(options, caller, clock)
    {
    }
}

/// <summary>What <c>dotnet ef migrations add ... --context SqliteAppDbContext</c> builds the model with.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseProvider.Options(DatabaseOptions.Sqlite, null), new Caller(), TimeProvider.System);
}
