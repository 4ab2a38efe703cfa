using Microsoft.Data.Sqlite;

namespace Hamahang.Bench.Scale;

/// <summary>
/// The migrations' indexes on the tables a bulk load fills: dropped before it and created again after it from the
/// very SQL the migrations wrote (<c>sqlite_master</c>), so the file ends with the schema the host migrated to.
/// </summary>
internal static class LoadedIndexes
{
    public static async Task<IReadOnlyList<string>> DropAsync(SqliteConnection connection, IReadOnlyList<string> tables)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({
                string.Join(", ", tables.Select(t => $"'{t}'"))})";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await ExecuteAsync(connection, indexes.Select(i => $"DROP INDEX \"{i.Name}\""));
        return [.. indexes.Select(i => i.Sql)];
    }

    public static Task CreateAsync(SqliteConnection connection, IReadOnlyList<string> sql) => ExecuteAsync(connection, sql);

    private static async Task ExecuteAsync(SqliteConnection connection, IEnumerable<string> statements)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}
