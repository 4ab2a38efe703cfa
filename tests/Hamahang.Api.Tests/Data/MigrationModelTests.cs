using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// Each provider's generated migrations build exactly the schema the model describes, so a model change
/// without its migrations (one <c>dotnet ef migrations add</c> per provider, see the README) fails here.
/// </summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.SqlServer)]
    public void EveryProvidersMigrationsAreUpToDateWithTheModel(string provider)
    {
        using var db = DatabaseProvider.CreateContext(provider, DatabaseProvider.Options(provider, null), new Caller(), TimeProvider.System);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that the {provider} migrations lack; add a migration (README, \"Migrations\").");
    }

    [Fact]
    public void MigratingBuildsTheSameSchemaAsEnsureCreated()
    {
        using var migrated = new TempDatabase(DatabaseOptions.Sqlite);
        using var created = new TempDatabase(DatabaseOptions.Sqlite);
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.CreateContext())
        {
            Assert.True(db.Database.EnsureCreated());
        }

        var expected = SqliteCatalog.Describe(created.ConnectionString);
        var actual = SqliteCatalog.Describe(migrated.ConnectionString);
        Assert.True(expected.Count > 20, "the model should have its tables");
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, description) in expected)
        {
            Assert.Equal(description, actual[table]);
        }
    }
}
