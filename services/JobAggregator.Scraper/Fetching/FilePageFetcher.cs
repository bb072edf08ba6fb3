namespace JobAggregator.Scraper.Fetching;

/// <summary>Serves a saved file as if it had been fetched from <paramref name="pageUrl"/>; every other URL (detail
/// pages, next pages) goes to <paramref name="inner"/>.</summary>
public sealed class FilePageFetcher(string filePath, Uri pageUrl, IPageFetcher inner) : IPageFetcher
{
    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, FetchOptions.Default, cancellationToken);

    public async Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken)
    {
        if (url != pageUrl)
        {
            return await inner.FetchAsync(url, options, cancellationToken);
        }

        var body = await File.ReadAllBytesAsync(filePath, cancellationToken);
        return new FetchedPage(pageUrl, body, ContentType: null);
    }
}
