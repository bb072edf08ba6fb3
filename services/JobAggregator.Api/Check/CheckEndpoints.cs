using JobAggregator.Api.Pages;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Check;

/// <summary><c>GET /check?url=</c>: a member organisation sees, in words, what the aggregator would pick up from its
/// careers page, or why nothing (the source alerts link here).</summary>
internal static class CheckEndpoints
{
    public static IServiceCollection AddPageCheck(this IServiceCollection services)
    {
        services.AddOptions<CheckOptions>().BindConfiguration(CheckOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddRateLimiter(limiter => limiter.AddPolicy(CheckRateLimit.PolicyName, CheckRateLimit.Policy()));
        return services;
    }

    public static IEndpointRouteBuilder MapPageCheck(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/check", CheckAsync).RequireRateLimiting(CheckRateLimit.PolicyName).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<RazorComponentResult<CheckPage>> CheckAsync(
        string? url,
        SourceCatalog catalog,
        IServiceProvider services,
        IMemoryCache cache,
        IOptions<CheckOptions> options,
        CancellationToken ct)
    {
        if (url is null)
        {
            return Page(null, null, null, StatusCodes.Status200OK);
        }

        var (target, refusal) = CheckTarget.Parse(url, catalog);
        if (target is null)
        {
            return Page(url, refusal, null, StatusCodes.Status400BadRequest);
        }

        if (services.GetService<IPagePreview>() is not { } preview)
        {
            return Page(url, "Checks are not available on this server.", null, StatusCodes.Status503ServiceUnavailable);
        }

        var key = $"check:{target.AbsoluteUri}";
        if (!cache.TryGetValue(key, out PagePreview? result) || result is null)
        {
            result = await preview.PreviewAsync(target, ct);
            if (options.Value.CacheSeconds > 0)
            {
                cache.Set(key, result, TimeSpan.FromSeconds(options.Value.CacheSeconds));
            }
        }

        return Page(url, null, result, StatusCodes.Status200OK);
    }

    private static RazorComponentResult<CheckPage> Page(string? url, string? refusal, PagePreview? result, int status) =>
        new RazorComponentResult<CheckPage>(new { Url = url, Refusal = refusal, Result = result }) { StatusCode = status };
}
