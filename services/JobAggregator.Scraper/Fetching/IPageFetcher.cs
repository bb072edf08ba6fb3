namespace JobAggregator.Scraper.Fetching;

public interface IPageFetcher
{
    /// <exception cref="FetchException">The page could not be read.</exception>
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);
}
