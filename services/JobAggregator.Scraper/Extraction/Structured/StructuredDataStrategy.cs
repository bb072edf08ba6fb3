using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>schema.org JobPosting data in the page: JSON-LD first (what most CMSs and job plugins write), then
/// microdata, then RDFa. The outcome names the syntax that held the postings.</summary>
internal sealed class StructuredDataStrategy : IListingStrategy
{
    public const string Microdata = "microdata";
    public const string Rdfa = "rdfa";

    public string Name => "structured-data";

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        var (postings, strategy) = JsonLdExtractor.Extract(document, page.Url) is { Count: > 0 } jsonLd
            ? (jsonLd, JsonLdExtractor.StrategyName)
            : SchemaPostingMapper.ToDrafts(MicrodataReader.JobPostings(document), page.Url) is { Count: > 0 } microdata
                ? (microdata, Microdata)
                : (SchemaPostingMapper.ToDrafts(RdfaReader.JobPostings(document), page.Url), Rdfa);
        if (postings.Count == 0)
        {
            return null;
        }

        // A listing page's postings carry excerpts at most; a detail page's carry the whole ad.
        var complete = postings.All(p => !string.IsNullOrWhiteSpace(p.DescriptionHtml));
        return new StrategyOutcome(postings, strategy, Pagination.NextPages(document, page.Url), complete, ListingKind.HtmlPage);
    }
}
