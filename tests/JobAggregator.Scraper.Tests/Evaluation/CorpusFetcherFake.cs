using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.Evaluation;

/// <summary>A fake fetcher: answers the URL of every corpus case with that case's body (a hiring tool's API URL
/// then finds its board's response, a listing's detail page the case holding it), answers everything else as
/// unreachable, as a saved page's follow-up fetches are without a network (a 404 would tell the scraper a posting whose
/// page the corpus lacks is gone), and records what was asked.</summary>
internal sealed class CorpusFetcherFake : IPageFetcher
{
    private readonly Dictionary<string, CorpusCase> _byUrl;

    public CorpusFetcherFake(IEnumerable<CorpusCase> cases) =>
        _byUrl = cases.GroupBy(c => c.Url.AbsoluteUri).ToDictionary(g => g.Key, g => g.First());

    public List<Uri> Requested { get; } = [];

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (Requested)
        {
            Requested.Add(url);
        }

        return _byUrl.TryGetValue(url.AbsoluteUri, out var found)
            ? Task.FromResult(new FetchedPage(url, File.ReadAllBytes(found.BodyPath), found.ContentType))
            : throw new FetchException(url, FetchFailure.Unreachable, "not in the corpus");
    }
}
