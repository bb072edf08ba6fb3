using System.Text;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.Feeds;

/// <summary>Answers one URL with a fixed body and every other with HTTP 404, recording what was asked.</summary>
internal sealed class FixedFetcher(Uri url, string body, string contentType) : IPageFetcher
{
    public List<Uri> Requested { get; } = [];

    public Task<FetchedPage> FetchAsync(Uri requested, CancellationToken cancellationToken)
    {
        Requested.Add(requested);
        return requested == url
            ? Task.FromResult(new FetchedPage(url, Encoding.UTF8.GetBytes(body), contentType))
            : throw new FetchException(requested, "HTTP 404", 404);
    }
}
