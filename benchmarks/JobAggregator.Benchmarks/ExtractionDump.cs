using System.Text;
using System.Text.Json;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Benchmarks;

/// <summary><c>-- extraction-dump FILE</c>: every corpus page's whole extraction (strategy, reason, next pages, every
/// posting field) written as text, twice: with its own requests answered from the corpus as the benchmark answers them,
/// and with every request refused (the fallbacks); and for an HTML page what the listing heuristics give alone (their
/// postings, next pages and app-shell verdict), which the extraction may not reach. Two dumps of different code compare
/// byte for byte when a speed change left the results as they were.</summary>
internal static class ExtractionDump
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task RunAsync(string[] args)
    {
        var file = args.Length > 1 ? args[1] : throw new ArgumentException("extraction-dump needs the file to write", nameof(args));
        var corpus = CorpusKind.LoadAll().ToList();
        var answered = new CorpusResponseFetcher(corpus);
        var refused = new RefusingFetcher();
        var extractor = new AutoExtractor();
        var text = new StringBuilder();
        foreach (var kind in corpus)
        {
            foreach (var (url, body, contentType) in kind.Pages)
            {
                foreach (var (name, fetcher) in new (string, IPageFetcher)[] { ("answered", answered), ("refused", refused) })
                {
                    var extraction = await extractor.ExtractAsync(new PageContent(url, body, contentType), Context(url, fetcher), CancellationToken.None);
                    text.Append("== ").Append(kind.Name).Append(' ').Append(url).Append(' ').Append(name).Append('\n');
                    text.Append(JsonSerializer.Serialize(extraction, Indented)).Append('\n');
                }

                AppendHeuristicsAlone(text, new PageContent(url, body, contentType));
            }
        }

        await File.WriteAllTextAsync(file, text.ToString());
        Console.WriteLine($"{corpus.Sum(k => k.Pages.Count)} pages written to {file}");
    }

    private static void AppendHeuristicsAlone(StringBuilder text, PageContent page)
    {
        if (page.Format != PageFormat.Html)
        {
            return;
        }

        using var document = HtmlPages.Parse(page.Text, out _, CancellationToken.None);
        text.Append("-- heuristics alone\n");
        text.Append(JsonSerializer.Serialize(ListingHeuristicsStrategy.Extract(document, page.Url), Indented)).Append('\n');
        text.Append(JsonSerializer.Serialize(Pagination.NextPages(document, page.Url))).Append('\n');
        text.Append("app shell: ").Append(ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(document)).Append('\n');
    }

    private static ExtractionContext Context(Uri url, IPageFetcher fetcher) =>
        new(new SourceDefinition("dump", "Dump", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false),
            fetcher, NullLogger.Instance);

    private sealed class RefusingFetcher : IPageFetcher
    {
        public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) => throw Refused(url);

        public Task<FetchAttempt> TryFetchAsync(Uri url, CancellationToken cancellationToken) =>
            Task.FromResult(FetchAttempt.Failed(Refused(url)));

        private static FetchException Refused(Uri url) => new(url, "refused", 404);
    }
}
