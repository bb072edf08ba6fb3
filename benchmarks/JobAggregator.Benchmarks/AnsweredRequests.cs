using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Benchmarks;

/// <summary>A fetcher that passes requests on and keeps every page it was answered with, in order: which responses a
/// kind's extraction reads besides its own pages.</summary>
internal sealed class AnsweredRequests(IPageFetcher inner) : IPageFetcher
{
    public List<FetchedPage> Answers { get; } = [];

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await inner.FetchAsync(url, cancellationToken);
        Answers.Add(page);
        return page;
    }

    public async Task<FetchAttempt> TryFetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var attempt = await inner.TryFetchAsync(url, cancellationToken);
        if (attempt.Page is { } page)
        {
            Answers.Add(page);
        }

        return attempt;
    }
}
