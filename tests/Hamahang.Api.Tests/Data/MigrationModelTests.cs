using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hamahang.Api.Tests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes: one database
/// is migrated, another is created from the model, and their catalogs are compared.
/// </summary>
public sealed class MigrationModelTests
{
    [Fact]
    public void MigratingBuildsTheSameSchemaAsEnsureCreated()
    {
        using var migrated = new TempDatabase();
        using var created = new TempDatabase();
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.CreateContext())
        {
            Assert.True(db.Database.EnsureCreated());
        }

        var expected = Describe(created.ConnectionString);
        var actual = Describe(migrated.ConnectionString);
        Assert.True(expected.Count > 20, "the model should have its tables");
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, description) in expected)
        {
            Assert.Equal(description, actual[table]);
        }
    }

    [Fact]
    public void TheMigrationsLeaveNoPendingChangesOnTheModelTables()
    {
        using var migrated = new TempDatabase();
        using var db = migrated.CreateContext();
        db.Database.Migrate();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Contains("20260101000000_InitialCreate", db.Database.GetAppliedMigrations());
    }

    [Fact]
    public void MigratingDownRemovesEveryTable()
    {
        using var migrated = new TempDatabase();
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
            Assert.NotEmpty(Describe(migrated.ConnectionString));
            db.GetService<IMigrator>().Migrate(Migration.InitialDatabase);
        }

        Assert.Empty(Describe(migrated.ConnectionString));
    }

    // One line per fact the catalog holds: columns (type, not null, default, key position),
    // foreign keys (columns, target, actions), indexes (uniqueness, columns) and the table's SQL
    // (which shows AUTOINCREMENT), all sorted so column and constraint order do not matter.
    private static SortedDictionary<string, string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'")
            .Select(r => r[0]).ToList();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var facts = new List<string>();
            facts.AddRange(Query(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')")
                .Select(r => "column " + string.Join(" ", r)));
            facts.AddRange(Query(connection, $"SELECT \"from\", \"table\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}')")
                .Select(r => "fk " + string.Join(" ", r)));
            foreach (var index in Query(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"))
            {
                var columns = Query(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno").Select(r => r[0]);
                facts.Add($"index {string.Join(" ", index)} ({string.Join(", ", columns)})");
            }

            var sql = Query(connection, $"SELECT sql FROM sqlite_master WHERE name = '{table}'").Single()[0];
            facts.Add("autoincrement " + sql.Contains("AUTOINCREMENT", StringComparison.Ordinal));
            facts.Sort(StringComparer.Ordinal);
            result[table] = string.Join("\n", facts);
        }

        return result;
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from sqlite_master, not from input
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }
}
