using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;
using Hamahang.GraphQL.AspNetCore;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Hamahang.Api.Extensions;

internal static class WebExtensions
{
    /// <summary>
    /// The admin page's folders: web/ (served at <c>/</c>) and schema/operations/ (every document the page
    /// sends, served at <c>/operations/</c> and trusted, so the page works when only trusted documents run).
    /// </summary>
    public static WebApplicationBuilder AddHamahangWeb(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var folders = new WebFolders(
            FindFolder(builder.Configuration["Web:Root"], contentRoot, "web", "web", "index.html"),
            FindFolder(builder.Configuration["Web:Operations"], contentRoot, "operations", Path.Combine("schema", "operations"), null));
        builder.Services.AddSingleton(folders);
        if (folders.Operations is { } operations)
        {
            builder.Services.AddTrustedDocuments(operations);
        }

        return builder;
    }

    /// <summary>Serves the admin page at <c>/</c> and its documents at <c>/operations/</c>, with a strict content security policy.</summary>
    public static WebApplication UseHamahangWeb(this WebApplication app)
    {
        var folders = app.Services.GetRequiredService<WebFolders>();
        if (folders.Root is not { } root)
        {
            app.Logger.NoWebRoot();
            return app;
        }

        app.Logger.ServingWebRoot(root);
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = WebHeaders.Apply });
        if (folders.Operations is { } operations)
        {
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".graphql"] = "text/plain; charset=utf-8";
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(operations),
                RequestPath = "/operations",
                ContentTypeProvider = types,
                OnPrepareResponse = WebHeaders.Apply,
            });
        }

        return app;
    }

    /// <summary><c>GET /healthz</c>: 200 when the database answers, 503 when it does not.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (AppDbContext db, CancellationToken cancellationToken) =>
        {
            try
            {
                if (await db.Database.CanConnectAsync(cancellationToken))
                {
                    return Results.Ok(new { status = "ok" });
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                app.Logger.HealthCheckFailed(e);
            }

            return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    // The configured folder when set; otherwise the folder beside the binaries (a published host) or under
    // the content root or one of its parents (the repository, when run from api/). A folder counts when it
    // holds the marker file, or any *.graphql file when there is no marker.
    private static string? FindFolder(string? configured, string contentRoot, string published, string inRepository, string? marker)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            var path = Path.GetFullPath(configured, contentRoot);
            return Directory.Exists(path) ? path : null;
        }

        bool Holds(string folder) => marker is null
            ? Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.graphql").Any()
            : File.Exists(Path.Combine(folder, marker));

        var beside = Path.Combine(AppContext.BaseDirectory, published);
        if (Holds(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, inRepository);
            if (Holds(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>Where the admin page (<paramref name="Root"/>) and the documents it sends (<paramref name="Operations"/>) are; null when not found.</summary>
internal sealed record WebFolders(string? Root, string? Operations);
