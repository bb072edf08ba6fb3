using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Scraping;

/// <summary>Reads one source: its listing pages (following pagination), then each posting's detail page when the
/// source says what to read there. Both are bounded by <see cref="ScraperOptions"/>.</summary>
public sealed class SourceScraper(IPageFetcher fetcher, IOptions<ScraperOptions> options, ILogger<SourceScraper> logger)
{
    /// <exception cref="FetchException">A listing page could not be read: the run fails rather than report a partial
    /// listing, which would close postings that are still open.</exception>
    public async Task<ScrapeOutcome> ScrapeAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var drafts = new List<PostingDraft>();
        var visited = new HashSet<Uri>();
        var pagesFetched = 0;
        Uri? next = source.Url;
        while (next is not null && pagesFetched < limits.MaxListingPages && visited.Add(next))
        {
            var page = await fetcher.FetchAsync(next, cancellationToken);
            pagesFetched++;
            using var document = await HtmlPages.ParseAsync(page, cancellationToken);
            drafts.AddRange(ExtractListing(source, document, page.Url));
            next = source.Selectors?.NextPage is null ? null : CssExtractor.NextPage(document, page.Url, source.Selectors);
        }

        if (source.Detail is not null)
        {
            pagesFetched += await CompleteFromDetailPagesAsync(source, source.Detail, drafts, visited, cancellationToken);
        }

        return new ScrapeOutcome(drafts, pagesFetched, StrategyName(source.Strategy));
    }

    public static string StrategyName(ExtractionStrategy strategy) => strategy switch
    {
        ExtractionStrategy.Css => CssExtractor.StrategyName,
        ExtractionStrategy.JsonLd => JsonLdExtractor.StrategyName,
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown extraction strategy."),
    };

    private static IReadOnlyList<PostingDraft> ExtractListing(SourceDefinition source, IDocument document, Uri pageUrl) =>
        source.Strategy switch
        {
            ExtractionStrategy.Css => CssExtractor.ExtractListing(document, pageUrl, source.Selectors!),
            ExtractionStrategy.JsonLd => JsonLdExtractor.Extract(document, pageUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source.Strategy, "Unknown extraction strategy."),
        };

    private async Task<int> CompleteFromDetailPagesAsync(
        SourceDefinition source, SelectorSet detail, List<PostingDraft> drafts, HashSet<Uri> listingPages, CancellationToken cancellationToken)
    {
        var fetched = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            var url = drafts[i].Url;
            if (url is null || listingPages.Contains(url))
            {
                continue;
            }

            if (fetched >= options.Value.MaxDetailPages)
            {
                logger.LogWarning("Source {SourceId}: detail page limit of {Limit} reached; the remaining postings keep their listing text",
                    source.Id, options.Value.MaxDetailPages);
                break;
            }

            try
            {
                var page = await fetcher.FetchAsync(url, cancellationToken);
                fetched++;
                using var document = await HtmlPages.ParseAsync(page, cancellationToken);
                drafts[i] = drafts[i].CompletedBy(CssExtractor.ExtractDetail(document, page.Url, detail));
            }
            catch (FetchException e)
            {
                // A missing detail page costs that posting its full text, not the whole run.
                logger.LogWarning("Source {SourceId}: detail page {Url} could not be read: {Reason}", source.Id, url, e.Message);
            }
        }

        return fetched;
    }
}
