using System.Globalization;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace JobAggregator.Api.Http;

/// <summary>ETag and Last-Modified from the store's last change, and 304 Not Modified when the client already holds
/// the answer: checked before the endpoint runs, so an unchanged answer is given without reading any posting.</summary>
/// <remarks>What a page says also depends on the day ("closes in 3 days") and on the build that renders it, so both are
/// part of the validators; the ETag is weak because compression may encode the same answer differently.</remarks>
internal sealed class StoreValidators(IPostingReader reader, TimeProvider time) : IEndpointFilter
{
    private static readonly string Build = typeof(StoreValidators).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || CarriesAntiforgeryToken.On(http)
            || await reader.GetLastChangeAsync(http.RequestAborted) is not { } lastChange)
        {
            return await next(context);
        }

        var today = time.GetUtcNow().UtcDateTime.Date;
        var lastModified = new DateTimeOffset(Math.Max(lastChange.UtcTicks, today.Ticks), TimeSpan.Zero);
        var etag = new EntityTagHeaderValue(
            $"\"{lastChange.ToUnixTimeMilliseconds().ToString("x", CultureInfo.InvariantCulture)}-{today:yyyyMMdd}-{Build}\"", isWeak: true);
        if (NotModified(http.Request, etag, lastModified))
        {
            SetValidators(http.Response, etag, lastModified);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context);
        if (StatusOf(result) is null or StatusCodes.Status200OK)
        {
            SetValidators(http.Response, etag, lastModified);
        }

        return result;
    }

    private static bool NotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
        {
            return headers.IfNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        // Last-Modified has whole seconds: two changes within one second are told apart by the ETag only.
        return headers.IfModifiedSince is { } since && lastModified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }

    private static void SetValidators(HttpResponse response, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        // Caches may keep the answer but must ask again each time; the 304 makes asking cheap.
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
    }

    private static int? StatusOf(object? result) => result switch
    {
        INestedHttpResult nested => StatusOf(nested.Result),
        IStatusCodeHttpResult status => status.StatusCode,
        _ => null,
    };
}
