using Microsoft.AspNetCore.StaticFiles;

namespace Hamahang.Api.Extensions;

/// <summary>
/// The headers of the admin page's own files. A strict content security policy: scripts, styles, fonts and
/// connections from this host only, no inline script or style attribute, no framing. The files carry no
/// version in their names (there is no build step), so pages, modules and documents are revalidated on every
/// load (ETag, 304 when unchanged); fonts change only with a new release and are kept a week.
/// </summary>
internal static class WebHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' ws: wss:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void Apply(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = context.File.Name.EndsWith(".woff2", StringComparison.OrdinalIgnoreCase)
            ? "public, max-age=604800"
            : "no-cache";
    }
}
