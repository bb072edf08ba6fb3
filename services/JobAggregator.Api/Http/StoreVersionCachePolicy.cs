using System.Globalization;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace JobAggregator.Api.Http;

/// <summary>Keeps whole answers read from the store (the search, feeds, pages without forms) until the store changes or
/// the day turns: the store's last change and the day are part of the cache key, so a write makes every earlier answer
/// unreachable. A kept answer is served with its ETag, and answers 304 when the client holds it already.</summary>
/// <param name="alsoVaryBy">What else, outside the store, the answer depends on (as a string that changes with it).
/// </param>
internal sealed class StoreVersionCachePolicy(Func<HttpContext, string>? alsoVaryBy = null) : IOutputCachePolicy
{
    public const string Name = "store-version";

    /// <summary>The policy of <c>/api/sources</c>: the store's version and whether this process's store writes fail
    /// (<see cref="Sources.SourceEndpoints.StoreError"/>), which every source's health shows.</summary>
    public const string WithStoreWritesName = "store-version-and-writes";

    /// <summary>The longest an answer is kept when the store says nothing changed: MongoDB's last change can miss a
    /// message stored late (see its reader), and this bounds how stale that makes an answer.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !CarriesAntiforgeryToken.On(http);
        var version = cacheable ? await http.RequestServices.GetRequiredService<IPostingReader>().GetLastChangeAsync(cancellation) : null;
        context.EnableOutputCaching = version is not null;
        context.AllowCacheLookup = version is not null;
        context.AllowCacheStorage = version is not null;
        context.AllowLocking = true;
        if (version is { } changed)
        {
            var today = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = new[] { HeaderNames.AcceptEncoding };
            context.CacheVaryByRules.VaryByValues["store"] = $"{changed.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{today}";
            if (alsoVaryBy is not null)
            {
                context.CacheVaryByRules.VaryByValues["also"] = alsoVaryBy(http);
            }

            context.ResponseExpirationTimeSpan = Lifetime;
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a whole, shareable answer: no error, no cookie, nothing its sender asked not to be kept.
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
