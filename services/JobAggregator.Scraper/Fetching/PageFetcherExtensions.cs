namespace JobAggregator.Scraper.Fetching;

public static class PageFetcherExtensions
{
    /// <summary>A fetcher for one source: plain <c>FetchAsync(url, ct)</c> calls (strategies, detail pages) use
    /// <paramref name="defaults"/>, and calls with their own options keep the source's network permission.</summary>
    public static IPageFetcher WithOptions(this IPageFetcher fetcher, FetchOptions defaults) =>
        new OptionsBoundPageFetcher(fetcher, defaults);
}
