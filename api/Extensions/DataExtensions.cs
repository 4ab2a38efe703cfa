using Hamahang.Api.Data;
using Hamahang.Api.Data.Providers;
using Hamahang.Api.Data.Seed;
using Hamahang.Api.GraphQL.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hamahang.Api.Extensions;

internal static class DataExtensions
{
    /// <summary>The database context on the configured provider, the caller and clock it records, and the seeder.</summary>
    public static WebApplicationBuilder AddHamahangData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Caller>();
        // GraphQL runs a request's resolvers in parallel and a context is not thread-safe, so no
        // context is shared: every resolution of AppDbContext is a context of its own (returned to the pool
        // with the scope), leased by a scoped factory to the scope's caller. DataLoaders use the factory.
        // Pooled, with one set of options per host, built when the first context is (so test hosts can still
        // override the configuration): built per scope, options and context cost more than the query they
        // serve (bench/README.md, "where the time goes").
        builder.Services.AddPooledDbContextFactory<SqliteAppDbContext>(Configure);
        builder.Services.AddPooledDbContextFactory<SqlServerAppDbContext>(Configure);
        builder.Services.AddSingleton<AppDbContextPool>();
        builder.Services.AddScoped<IDbContextFactory<AppDbContext>, AppDbContextFactory>();
        builder.Services.AddTransient<AppDbContext>(services => services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        builder.Services.AddScoped<Seeder>();
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    // The pools are of the provider's context type; what a host (or test host) configures for AppDbContext
    // (services.ConfigureDbContext<AppDbContext>: interceptors, replaced services) applies to both.
    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options)
    {
        UseProvider(options, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        foreach (var configuration in services.GetServices<IDbContextOptionsConfiguration<AppDbContext>>())
        {
            configuration.Configure(services, options);
        }
    }

    private static void UseProvider(DbContextOptionsBuilder options, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProvider.Configured(configuration);
        var connectionString = configuration.GetConnectionString("Hamahang");
        if (provider == DatabaseOptions.SqlServer)
        {
            options.Use(provider, connectionString ?? throw new InvalidOperationException("ConnectionStrings:Hamahang is required for SqlServer."));
            return;
        }

        var writeTurns = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.WriteTurns ?? true;
        options.Use(provider, SqliteFileUnder(environment.ContentRootPath, connectionString ?? DatabaseOptions.DefaultSqlite), writeTurns);
        // A DataLoader's `keys.Contains(x)` as one JSON parameter (`IN (SELECT value FROM json_each(@keys))`): EF Core 10's default
        // expands it to one parameter per key, which makes EF rebuild the SQL on every execution, under a lock that concurrent
        // loaders contend for (bench/README.md, "where the time goes: the meetings page"). One parameter keeps one SQL text.
        new SqliteDbContextOptionsBuilder(options).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
        // A pooled context keeps its connection open between queries and leases (HeldSqliteConnection): one open per context, not per command.
        options.AddInterceptors(HeldSqliteConnectionInterceptor.Instance);
    }

    // A relative SQLite file lives under the content root; its folder is created on first use.
    private static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!DatabaseProvider.InMemory(builder) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
