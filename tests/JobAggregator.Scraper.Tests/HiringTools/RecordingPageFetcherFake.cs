using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A fake fetcher: serves the bodies it is given for their exact URLs, answers anything else as HTTP 404, and
/// records every URL asked for (a POST with the body it sent, in <see cref="Posted"/>).</summary>
internal sealed class RecordingPageFetcherFake : IPageFetcher
{
    private readonly Dictionary<string, (byte[] Body, string? ContentType)> _pages = [];

    public List<Uri> Requested { get; } = [];

    public List<(Uri Url, string Body)> Posted { get; } = [];

    public RecordingPageFetcherFake Serving(Uri url, byte[] body, string? contentType)
    {
        _pages[url.AbsoluteUri] = (body, contentType);
        return this;
    }

    public Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken)
    {
        if (options.Post is not { } post)
        {
            return FetchAsync(url, cancellationToken);
        }

        Posted.Add((url, post.Text));
        return Task.FromException<FetchedPage>(new FetchException(url, "HTTP 404 Not Found", 404));
    }

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        Requested.Add(url);
        return _pages.TryGetValue(url.AbsoluteUri, out var page)
            ? Task.FromResult(new FetchedPage(url, page.Body, page.ContentType))
            : throw new FetchException(url, "HTTP 404 Not Found", 404);
    }
}
