using Microsoft.Data.Sqlite;

namespace Hamahang.Bench.Scale;

/// <summary>What the seed wrote that generated rows point at: districts, organizations, people, and the next free keys.</summary>
internal sealed record KnownRows(
    (int Id, int Number)[] Districts, int[] Organizations, int[] People, int NextMeetingId, int NextInspectionId)
{
    public static async Task<KnownRows> ReadAsync(SqliteConnection connection) => new(
        [.. (await ReadAsync(connection, "SELECT Id, Number FROM Districts ORDER BY Number")).Select(r => (r[0], r[1]))],
        [.. (await ReadAsync(connection, "SELECT Id FROM Organizations")).Select(r => r[0])],
        [.. (await ReadAsync(connection, "SELECT Id FROM People")).Select(r => r[0])],
        (await ReadAsync(connection, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Meetings"))[0][0],
        (await ReadAsync(connection, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Inspections"))[0][0]);

    private static async Task<List<int[]>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<int[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt32)]);
        }

        return rows;
    }
}
