using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace JobAggregator.Api.Http;

/// <summary>Requests per client IP address in a fixed window, answered 429 with a sentence and Retry-After beyond
/// that; the window is read from configuration on each request, so the limits follow their options.</summary>
/// <param name="refusal">The sentence a refused client reads.</param>
/// <param name="limits">The permits per window and the window's length in seconds, from the request's services.</param>
internal sealed class PerAddressRateLimit(string refusal, Func<IServiceProvider, (int PermitLimit, int WindowSeconds)> limits)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(refusal, ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var (permitLimit, windowSeconds) = limits(httpContext.RequestServices);
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromSeconds(windowSeconds),
            QueueLimit = 0,
        });
    }
}
