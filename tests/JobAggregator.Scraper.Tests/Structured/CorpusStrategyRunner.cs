using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Tests.Evaluation;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Scraper.Tests.Structured;

/// <summary>Runs one strategy on labelled corpus cases and compares what it finds with the label: the number of
/// postings, and each title and URL (a posting without a URL of its own is the page it was found on).</summary>
internal static class CorpusStrategyRunner
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> All = new(CorpusCase.All);

    public static TheoryData<string> Cases(Func<CorpusCase, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var corpusCase in All.Value.Where(where))
        {
            data.Add(Id(corpusCase));
        }

        return data;
    }

    public static CorpusCase Case(string id) => All.Value.Single(c => Id(c) == id);

    public static IReadOnlyList<CorpusCase> Where(Func<CorpusCase, bool> where) => All.Value.Where(where).ToList();

    public static PageContent Page(CorpusCase corpusCase) =>
        new(corpusCase.Url, File.ReadAllBytes(corpusCase.BodyPath), corpusCase.ContentType);

    public static ExtractionContext Context(Uri url, IPageFetcher? fetcher = null) =>
        new(new SourceDefinition("test", "Test organisation", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, AllowPrivateNetwork: false),
            fetcher ?? new CorpusFetcherFake([]), NullLogger.Instance);

    public static Task<StrategyOutcome?> RunAsync(IListingStrategy strategy, CorpusCase corpusCase, IPageFetcher? fetcher = null) =>
        strategy.TryExtractAsync(Page(corpusCase), Context(corpusCase.Url, fetcher), TestContext.Current.CancellationToken);

    public static void AssertMatchesLabel(CorpusCase corpusCase, StrategyOutcome? outcome)
    {
        Assert.NotNull(outcome);
        var expected = corpusCase.Postings;
        Assert.Equal(
            expected.Select(p => Collapse(p.GetProperty("title").GetString())),
            outcome.Postings.Select(p => Collapse(p.Title)));
        Assert.Equal(
            expected.Select(p => new Uri(p.GetProperty("url").GetString()!).AbsoluteUri),
            outcome.Postings.Select(p => (p.Url ?? p.FoundOn)?.AbsoluteUri));
    }

    private static string Id(CorpusCase corpusCase) => corpusCase.Kind + "/" + corpusCase.Name;

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
