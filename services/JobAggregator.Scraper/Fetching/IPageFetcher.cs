namespace JobAggregator.Scraper.Fetching;

public interface IPageFetcher
{
    /// <summary>Fetches with the default options: public addresses only, no validators.</summary>
    /// <exception cref="FetchException">The page could not be read.</exception>
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Fetches with the given options. Fetchers that cannot honour them (fakes, saved files) fall back to the
    /// default fetch, which is the safe direction: no private addresses, an unconditional request. A POST is never
    /// answered by a GET of its URL: such a fetcher fails it.</summary>
    /// <exception cref="FetchException">The page could not be read.</exception>
    Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken) =>
        options.Post is null
            ? FetchAsync(url, cancellationToken)
            : Task.FromException<FetchedPage>(new FetchException(url, FetchFailure.Unreachable, "this fetcher sends no POST requests"));

    /// <summary>Fetches with the default options, answering a page that cannot be read with its failure instead of
    /// throwing it: for callers to whom a missing page is an ordinary answer (a hiring tool's board that is not there, a
    /// linked feed that is gone), which should not pay for an exception each time. Fetchers that know without a
    /// request that they cannot serve a page (no network, saved responses) answer so directly.</summary>
    Task<FetchAttempt> TryFetchAsync(Uri url, CancellationToken cancellationToken) => AttemptAsync(() => FetchAsync(url, cancellationToken));

    /// <summary>Fetches with the given options, answering a page that cannot be read with its failure instead of
    /// throwing it (a hiring tool's list asked for with a POST).</summary>
    Task<FetchAttempt> TryFetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken) =>
        AttemptAsync(() => FetchAsync(url, options, cancellationToken));

    private static async Task<FetchAttempt> AttemptAsync(Func<Task<FetchedPage>> fetch)
    {
        try
        {
            return FetchAttempt.Succeeded(await fetch());
        }
        catch (FetchException e)
        {
            return FetchAttempt.Failed(e);
        }
    }
}
