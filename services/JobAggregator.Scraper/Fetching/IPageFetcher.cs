namespace JobAggregator.Scraper.Fetching;

public interface IPageFetcher
{
    /// <summary>Fetches with the default options: public addresses only, no validators.</summary>
    /// <exception cref="FetchException">The page could not be read.</exception>
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Fetches with the given options. Fetchers that cannot honour them (fakes, saved files) fall back to the
    /// default fetch, which is the safe direction: no private addresses, an unconditional request.</summary>
    /// <exception cref="FetchException">The page could not be read.</exception>
    Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken) =>
        FetchAsync(url, cancellationToken);
}
