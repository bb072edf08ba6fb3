using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Http;

/// <summary>Keeps the pages whose forms carry an antiforgery token (the list and an opening) rendered once for everyone
/// until the store changes or the day turns, with a placeholder where the token goes; each response puts its visitor's
/// own token in (and sets its cookie), so the forms stay protected while the page is not rendered again.</summary>
/// <remarks>An endpoint filter, so a kept page is answered before the endpoint reads the store. The endpoint returns a
/// <see cref="RazorComponentResult"/> as usual; this renders it with Blazor's <see cref="HtmlRenderer"/>.</remarks>
internal sealed class SharedPageCache : IEndpointFilter, IAsyncDisposable
{
    private const long SizeLimitBytes = 32 * 1024 * 1024;

    /// <summary>The longest a page is kept when the store says nothing changed, as in <see cref="StoreVersionCachePolicy"/>.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });
    private readonly ServiceProvider _renderServices;
    private readonly HtmlRenderer _renderer;
    private readonly IPostingReader _reader;
    private readonly IAntiforgery _antiforgery;
    private readonly TimeProvider _time;

    public SharedPageCache(IPostingReader reader, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(antiforgeryOptions);
        _reader = reader;
        _antiforgery = antiforgery;
        _time = time;
        _renderServices = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton<AntiforgeryStateProvider>(new PlaceholderAntiforgeryState(antiforgeryOptions.Value.FormFieldName))
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_renderServices, loggerFactory);
    }

    /// <summary>Keeps <paramref name="page"/>'s answers here (the one instance registered as a service).</summary>
    public static RouteHandlerBuilder Keep(RouteHandlerBuilder page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.WithMetadata(CarriesAntiforgeryToken.Instance).AddEndpointFilterFactory((context, next) =>
        {
            var cache = context.ApplicationServices.GetRequiredService<SharedPageCache>();
            return invocation => cache.InvokeAsync(invocation, next);
        });
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var version = await _reader.GetLastChangeAsync(http.RequestAborted);
        var request = http.Request;
        var key = (request.Scheme, request.Host.Value, request.Path.Value, request.QueryString.Value, version?.UtcTicks,
            _time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        if (version is null || !_pages.TryGetValue(key, out KeptPage? page) || page is null)
        {
            if (await next(context) is not RazorComponentResult result)
            {
                throw new InvalidOperationException($"{http.Request.Path} is kept by {nameof(SharedPageCache)} but did not answer with a page.");
            }

            page = await RenderAsync(result);
            if (version is not null)
            {
                _pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Parts.Sum(part => (long)part.Length), AbsoluteExpirationRelativeToNow = Lifetime });
            }
        }

        // Written in parts around the token, so no page-sized string is made per response.
        var token = page.Parts.Length > 1 ? Encoding.UTF8.GetBytes(HtmlEncoder.Default.Encode(_antiforgery.GetAndStoreTokens(http).RequestToken!)) : [];
        var response = http.Response;
        response.StatusCode = page.Status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Parts.Sum(part => (long)part.Length) + (token.Length * (page.Parts.Length - 1L));
        for (var i = 0; i < page.Parts.Length; i++)
        {
            if (i > 0)
            {
                await response.Body.WriteAsync(token, http.RequestAborted);
            }

            await response.Body.WriteAsync(page.Parts[i], http.RequestAborted);
        }

        return TypedResults.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _renderServices.DisposeAsync();
        _pages.Dispose();
    }

    private async Task<KeptPage> RenderAsync(RazorComponentResult result)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(result.Parameters));
        var html = await _renderer.Dispatcher.InvokeAsync(async () =>
            (await _renderer.RenderComponentAsync(result.ComponentType, parameters)).ToHtmlString());
        var parts = html.Split(PlaceholderAntiforgeryState.Token).Select(Encoding.UTF8.GetBytes).ToArray();
        return new KeptPage(result.StatusCode ?? StatusCodes.Status200OK, parts);
    }

    /// <param name="Parts">The page's UTF-8, cut where the visitor's antiforgery token goes.</param>
    private sealed record KeptPage(int Status, byte[][] Parts);
}
