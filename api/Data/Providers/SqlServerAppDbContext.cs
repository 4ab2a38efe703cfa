using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hamahang.Api.Data.Providers;

/// <summary>The context on SQL Server; its migrations are in <c>Data/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerAppDbContext : AppDbContext
{
    /// <summary>The pool's constructor (EF Core pools a context type with one public constructor taking only options).</summary>
    public SqlServerAppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal SqlServerAppDbContext(DbContextOptions options, Caller caller, TimeProvider clock)
        : base(options, caller, clock)
    {
    }
}

/// <summary>
/// What <c>dotnet ef migrations add ... --context SqlServerAppDbContext</c> builds the model with: no
/// connection string, since adding a migration or writing a script needs no server.
/// </summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseProvider.Options(DatabaseOptions.SqlServer, null), new Caller(), TimeProvider.System);
}
