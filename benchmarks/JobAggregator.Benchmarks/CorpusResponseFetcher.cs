using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Benchmarks;

/// <summary>Answers the requests extraction makes of its own (a hiring tool's API, a linked feed) from the labelled
/// corpus, in memory, as a real scrape has them answered by the network: a corpus case's URL with that case's body (what
/// the extraction evaluation's fetcher does), and a hiring tool's board API that the corpus holds no response for with
/// a saved response of the same tool from the corpus (another board's answer, of the shape and size the tool gives). An
/// embed page then costs what it costs in a scrape: finding the board, reading its answer. Anything else is not found,
/// answered without an exception (<see cref="IPageFetcher.TryFetchAsync"/>).</summary>
internal sealed class CorpusResponseFetcher : IPageFetcher
{
    private readonly Dictionary<string, (byte[] Body, string? ContentType)> _byUrl;
    private readonly Dictionary<string, (byte[] Body, string? ContentType)> _boardAnswerByTool;

    public CorpusResponseFetcher(IEnumerable<CorpusKind> corpus)
    {
        var kinds = corpus.ToList();
        _byUrl = kinds.SelectMany(k => k.Pages)
            .GroupBy(p => p.Url.AbsoluteUri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().Body, g.First().ContentType), StringComparer.Ordinal);
        _boardAnswerByTool = HiringToolCatalog.All
            .Select(tool => (tool.Name, Answer: kinds.Where(k => k.Name == tool.Name).SelectMany(k => k.Pages)
                .FirstOrDefault(p => tool.IsApiResponse(new PageContent(p.Url, p.Body, p.ContentType)))))
            .Where(t => t.Answer.Body is not null)
            .ToDictionary(t => t.Name, t => (t.Answer.Body, t.Answer.ContentType), StringComparer.Ordinal);
    }

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        Answer(url) is { } page ? Task.FromResult(page) : throw NotFound(url);

    public Task<FetchAttempt> TryFetchAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(url) is { } page ? FetchAttempt.Succeeded(page) : FetchAttempt.Failed(NotFound(url)));

    private FetchedPage? Answer(Uri url)
    {
        var saved = _byUrl.TryGetValue(url.AbsoluteUri, out var page) ? page : BoardApiAnswer(url);
        return saved is var (body, contentType) ? new FetchedPage(url, body, contentType) : null;
    }

    /// <summary>A saved answer of the tool whose board API <paramref name="url"/> is.</summary>
    private (byte[] Body, string? ContentType)? BoardApiAnswer(Uri url)
    {
        foreach (var tool in HiringToolCatalog.All)
        {
            if (tool.Recognize(url) is { } board && tool.ApiUrl(board) is { } api && api.AbsoluteUri == url.AbsoluteUri
                && _boardAnswerByTool.TryGetValue(tool.Name, out var answer))
            {
                return answer;
            }
        }

        return null;
    }

    private static FetchException NotFound(Uri url) => new(url, "not in the corpus", 404);
}
