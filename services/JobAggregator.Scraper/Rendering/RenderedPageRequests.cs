using System.Collections.Concurrent;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using Microsoft.Playwright;

namespace JobAggregator.Scraper.Rendering;

/// <summary>Answers every request one rendered page makes, so Chromium itself reaches nothing: the page's own HTML is
/// the body already fetched; images, fonts and media are aborted; anything else is fetched by the scraper's fetcher,
/// with its address rules, robots.txt, politeness and size caps, or aborted when the fetcher refuses it.</summary>
internal sealed class RenderedPageRequests(PageContent page, IPageFetcher fetcher, int maxRequests, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> Blocked = new(StringComparer.Ordinal) { "image", "font", "media", "texttrack", "manifest", "beacon", "ping" };
    private readonly ConcurrentQueue<string> _refused = new();
    private int _documentServed;
    private int _fetched;

    /// <summary>Requests aborted because the fetcher refused them (an address not allowed, robots.txt) or the page
    /// asked for more than its share, with the reason.</summary>
    public IReadOnlyList<string> Refused => [.. _refused];

    public async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        try
        {
            if (Blocked.Contains(request.ResourceType))
            {
                await route.AbortAsync("blockedbyclient");
            }
            else if (request.IsNavigationRequest && IsThePage(request.Url) && Interlocked.Exchange(ref _documentServed, 1) == 0)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = page.ContentType ?? "text/html", BodyBytes = page.Body });
            }
            else if (request.Method is not ("GET" or "HEAD"))
            {
                _refused.Enqueue($"{request.Method} {request.Url}: only GET requests are made for a rendered page");
                await route.AbortAsync("blockedbyclient");
            }
            else if (Interlocked.Increment(ref _fetched) > maxRequests)
            {
                _refused.Enqueue($"{request.Url}: more than {maxRequests} requests for one page");
                await route.AbortAsync("blockedbyclient");
            }
            else
            {
                await FetchAsync(route, request.Url);
            }
        }
        catch (PlaywrightException)
        {
            // The page closed (its time was up, or it navigated away) while the request was being answered.
        }
    }

    private bool IsThePage(string url) => Uri.TryCreate(url, UriKind.Absolute, out var asked) && asked == page.Url;

    private async Task FetchAsync(IRoute route, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            await route.AbortAsync("addressunreachable");
            return;
        }

        try
        {
            var fetched = await fetcher.FetchAsync(target, cancellationToken);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = fetched.ContentType, BodyBytes = fetched.Body });
        }
        catch (FetchException e) when (e.Failure == FetchFailure.HttpStatus && e.HttpStatus is { } status)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = status, Body = "" });
        }
        catch (FetchException e) when (e.Failure is FetchFailure.PrivateAddress or FetchFailure.RobotsDisallowed or FetchFailure.UnsupportedScheme)
        {
            _refused.Enqueue(e.Message);
            await route.AbortAsync("blockedbyclient");
        }
        catch (Exception e) when (e is FetchException or OperationCanceledException)
        {
            await route.AbortAsync(e is FetchException { Failure: FetchFailure.Timeout } or OperationCanceledException ? "timedout" : "failed");
        }
    }
}
