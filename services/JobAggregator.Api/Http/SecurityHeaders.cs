using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Api.Http;

/// <summary>Headers every answer carries: no content sniffing anywhere, and a Content-Security-Policy on the pages so a
/// posting's text that slipped past the normaliser still cannot run script or send a form elsewhere.</summary>
public static class SecurityHeaders
{
    /// <summary>The pages need their inline styles and nothing else from anywhere; scripts only from this site.</summary>
    public const string PagePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'";

    /// <summary>The API reference at /docs runs its own inline script, so it keeps no policy of ours.</summary>
    private static readonly PathString ApiReference = "/docs";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (headers.ContentSecurityPolicy.Count == 0
                && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                && !context.Request.Path.StartsWithSegments(ApiReference))
            {
                headers.ContentSecurityPolicy = PagePolicy + "; frame-ancestors 'self'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
