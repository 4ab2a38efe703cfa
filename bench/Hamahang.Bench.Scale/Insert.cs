using Microsoft.Data.Sqlite;

namespace Hamahang.Bench.Scale;

/// <summary>One prepared <c>INSERT</c> into <paramref name="table"/>: its columns are bound by position on each row.</summary>
internal sealed class Insert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public Insert(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = [.. columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null)))];
    }

    public int Rows { get; private set; }

    /// <summary>Binds the insert to the load's current transaction (Microsoft.Data.Sqlite checks that they match).</summary>
    public void Enlist(SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.Prepare();
    }

    public void Row(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => command.Dispose();
}
