using System.Text;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.Fuzzing;

/// <summary>Answers every URL a strategy asks for (a board's API, a linked feed, a detail page) with an empty HTML page,
/// so that a fuzzed page's own content is all that can go wrong.</summary>
internal sealed class BlankPageFetcher : IPageFetcher
{
    private static readonly byte[] Blank = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body></body></html>");

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(new FetchedPage(url, Blank, "text/html; charset=utf-8"));
}
