using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Http;

/// <summary>A sliding window per client address on the searches; anything else passes. Refused requests answer 429
/// with ProblemDetails and Retry-After.</summary>
internal static class SearchRateLimiter
{
    private const int Segments = 6;

    /// <summary>The route patterns that run a search of the store.</summary>
    private static readonly HashSet<string> Searches = new(StringComparer.OrdinalIgnoreCase)
    {
        "/", "/api/jobs", "/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/jobs.json", "/embed",
    };

    public static void Configure(RateLimiterOptions limiter, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SearchRateLimitOptions>>().Value;
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && Searches.Contains(Normalized(pattern))
                ? RateLimitPartition.GetSlidingWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = window,
                    SegmentsPerWindow = Segments,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window / Segments;
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ErrorAnswers.ProblemAsync(context.HttpContext, new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many searches",
                Detail = $"This address made more than {options.PermitLimit} searches in {options.WindowSeconds} seconds; try again in {seconds} seconds.",
            });
        };
    }

    private static string Normalized(string pattern) => pattern.Length > 1 ? "/" + pattern.Trim('/') : pattern;
}
