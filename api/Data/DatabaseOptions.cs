namespace Hamahang.Api.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string Sqlite = "Sqlite";

    public const string SqlServer = "SqlServer";

    // The connection string used when ConnectionStrings:Hamahang is not set: a file under data/,
    // relative to the content root.
    public const string DefaultSqlite = "Data Source=data/hamahang.db";

    public string Provider { get; set; } = Sqlite;

    // Apply pending migrations when the host starts.
    public bool MigrateOnStartup { get; set; } = true;

    // Seed the documents' facts when the host starts on an empty database.
    public bool SeedOnStartup { get; set; } = true;

    // SQLite: the host's writers take turns on the file (SqliteWriteTurns). Off, they meet only at SQLite's lock and its
    // busy handler, as the writers of two hosts do.
    public bool WriteTurns { get; set; } = true;
}
