namespace JobAggregator.Scraper.Fetching;

/// <summary>Answers every request as not found without sending it: for extraction that must stay in the process (the
/// start-up warm-up, benchmarks).</summary>
public sealed class NoNetworkFetcher : IPageFetcher
{
    public static readonly NoNetworkFetcher Instance = new();

    private NoNetworkFetcher()
    {
    }

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        throw new FetchException(url, "no request leaves the process here", 404);
}
