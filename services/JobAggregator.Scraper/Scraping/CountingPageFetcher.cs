using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Scraping;

/// <summary>The fetcher handed to the strategies of one run, counting the requests they make of their own (a hiring
/// tool's API, a linked feed, a rendered page's scripts and data): a listing read through them is not the listing
/// page alone, so that page's 304 says nothing about it.</summary>
internal sealed class CountingPageFetcher(IPageFetcher inner) : IPageFetcher
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return inner.FetchAsync(url, cancellationToken);
    }

    public Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return inner.FetchAsync(url, options, cancellationToken);
    }
}
