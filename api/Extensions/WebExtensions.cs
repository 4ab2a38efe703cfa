using Hamahang.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;

namespace Hamahang.Api.Extensions;

internal static class WebExtensions
{
    /// <summary>Serves the admin page (the repository's web/ folder) at <c>/</c>.</summary>
    public static WebApplication UseHamahangWeb(this WebApplication app)
    {
        var root = FindWebRoot(app.Configuration["Web:Root"], app.Environment.ContentRootPath);
        if (root is null)
        {
            app.Logger.NoWebRoot();
            return app;
        }

        app.Logger.ServingWebRoot(root);
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
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

    // Web:Root when set; otherwise web/ beside the binaries (a published host) or in the content
    // root or one of its parents (api/ in the repository).
    private static string? FindWebRoot(string? configured, string contentRoot)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var published = Path.Combine(AppContext.BaseDirectory, "web");
        if (File.Exists(Path.Combine(published, "index.html")))
        {
            return published;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        return null;
    }
}
