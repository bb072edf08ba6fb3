namespace JobAggregator.Scraper.Fetching;

internal sealed class OptionsBoundPageFetcher(IPageFetcher inner, FetchOptions defaults) : IPageFetcher
{
    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        inner.FetchAsync(url, defaults, cancellationToken);

    public Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken) =>
        inner.FetchAsync(url, options with { AllowPrivateNetwork = options.AllowPrivateNetwork || defaults.AllowPrivateNetwork }, cancellationToken);
}
