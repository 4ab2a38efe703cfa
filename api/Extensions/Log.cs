namespace Hamahang.Api.Extensions;

/// <summary>The host's log messages (source-generated, so a disabled level costs nothing).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The database is not reachable; not seeding, no first key")]
    public static partial void DatabaseUnreachable(this ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Seeded an empty database with {Count} records")]
    public static partial void Seeded(this ILogger logger, int count);

    [LoggerMessage(3, LogLevel.Information, "Created the first Admin API key {Prefix}")]
    public static partial void FirstKeyCreated(this ILogger logger, string prefix);

    [LoggerMessage(4, LogLevel.Warning, "No web/ folder found; the admin page is not served")]
    public static partial void NoWebRoot(this ILogger logger);

    [LoggerMessage(5, LogLevel.Warning, "Health check: the database is not reachable")]
    public static partial void HealthCheckFailed(this ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Serving the admin page from {Root}")]
    public static partial void ServingWebRoot(this ILogger logger, string root);

    [LoggerMessage(7, LogLevel.Information, "Another host seeded the database first")]
    public static partial void SeededElsewhere(this ILogger logger, Exception exception);
}
