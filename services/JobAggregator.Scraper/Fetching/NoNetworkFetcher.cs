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
        throw NotFound(url);

    /// <summary>Not found, without throwing: a strategy that asks for a hiring tool's board does so on every page that
    /// embeds one.</summary>
    public Task<FetchAttempt> TryFetchAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(FetchAttempt.Failed(NotFound(url)));

    private static FetchException NotFound(Uri url) => new(url, "no request leaves the process here", 404);
}
