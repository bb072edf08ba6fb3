using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Alerts;

/// <summary>Subscriptions per client IP address in a fixed window (<c>Alerts:FormPermitLimit</c> per
/// <c>Alerts:FormWindowSeconds</c>), answered 429 with a sentence and Retry-After beyond that.</summary>
internal sealed class AlertFormRateLimit : IRateLimiterPolicy<string>
{
    public const string PolicyName = "alert-form";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("Too many alert subscriptions from your address in a short time; please try again later.", ct);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<AlertOptions>>().Value;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.FormPermitLimit,
            Window = TimeSpan.FromSeconds(options.FormWindowSeconds),
            QueueLimit = 0,
        });
    }
}
