using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Host.Preview;

/// <summary>Passes every fetch on and keeps the page fetched from <paramref name="pageUrl"/>: the preview names an
/// ad-hoc source's organisation after what that page says of its owner.</summary>
internal sealed class FirstPageRecorder(IPageFetcher inner, Uri pageUrl) : IPageFetcher
{
    public FetchedPage? Page { get; private set; }

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, FetchOptions.Default, cancellationToken);

    public async Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken)
    {
        var page = await inner.FetchAsync(url, options, cancellationToken);
        if (url == pageUrl)
        {
            Page ??= page;
        }

        return page;
    }
}
