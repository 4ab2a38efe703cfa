using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Hamahang.Api.Tests.Data;

/// <summary>What a SQLite database holds, read from its catalog: to compare two schemas, or count rows.</summary>
public static class SqliteCatalog
{
    // One line per fact the catalog holds: columns (type, not null, default, key position),
    // foreign keys (columns, target, actions), indexes (uniqueness, columns) and the table's SQL
    // (which shows AUTOINCREMENT), all sorted so column and constraint order do not matter.
    public static SortedDictionary<string, string> Describe(string connectionString)
    {
        using var connection = Open(connectionString);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in Tables(connection))
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

    /// <summary>Every row of every model table, one line each with all its columns, sorted.</summary>
    public static SortedDictionary<string, List<string>> Rows(string connectionString) => Rows(connectionString, Columns(connectionString));

    /// <summary>The tables and their columns, by name.</summary>
    public static SortedDictionary<string, List<string>> Columns(string connectionString)
    {
        using var connection = Open(connectionString);
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in Tables(connection))
        {
            result[table] = Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY name").Select(r => r[0]).ToList();
        }

        return result;
    }

    /// <summary>The rows of these tables, read as these columns only (those a database had before a migration added others).</summary>
    public static SortedDictionary<string, List<string>> Rows(string connectionString, SortedDictionary<string, List<string>> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var connection = Open(connectionString);
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, names) in tables)
        {
            var columns = names.Select(name => $"\"{name}\"");
            var rows = Query(connection, $"SELECT {string.Join(", ", columns)} FROM \"{table}\"").Select(r => string.Join(" | ", r)).ToList();
            rows.Sort(StringComparer.Ordinal);
            result[table] = rows;
        }

        return result;
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static List<string> Tables(SqliteConnection connection) =>
        Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'")
            .Select(r => r[0]).ToList();

    /// <summary>The rows a query returns, each value as invariant text ("NULL" for a null).</summary>
    public static List<string[]> Query(string connectionString, string sql)
    {
        using var connection = Open(connectionString);
        return Query(connection, sql);
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public static void Execute(string connectionString, string sql)
    {
        using var connection = Open(connectionString);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test-written statements
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
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
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }
}
