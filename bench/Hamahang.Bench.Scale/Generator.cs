using System.Diagnostics;
using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hamahang.Bench.Scale;

/// <summary>
/// A fresh SQLite file as the host would make it (the app's migrations, then its seed: the 22 districts, the
/// organizations and people of the sources), then <see cref="GenerateOptions.Meetings"/> generated meetings with
/// their parts, bulk-inserted by <see cref="MeetingLoader"/>. The host creates its first Admin key when it starts.
/// </summary>
internal static class Generator
{
    public static async Task RunAsync(GenerateOptions options, TextWriter log)
    {
        var file = Path.GetFullPath(options.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        var clock = Stopwatch.StartNew();
        var connectionString = $"Data Source={file}";
        await using (var db = DatabaseProvider.CreateContext(
            DatabaseOptions.Sqlite, DatabaseProvider.Options(DatabaseOptions.Sqlite, connectionString), new Caller(), TimeProvider.System))
        {
            await db.Database.MigrateAsync();
            await new Seeder(db, new Caller()).SeedAsync();
        }

        await log.WriteLineAsync($"migrated and seeded {file} in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var rows = await MeetingLoader.LoadAsync(connectionString, options, log);
        await log.WriteLineAsync($"generated {options.Meetings} meetings ({rows} rows) in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
