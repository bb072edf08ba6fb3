using System.Buffers;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>schema.org JobPosting data in the page: JSON-LD first (what most CMSs and job plugins write), then
/// microdata, then RDFa. The outcome names the syntax that held the postings.</summary>
internal sealed class StructuredDataStrategy : IListingStrategy
{
    public const string Microdata = "microdata";
    public const string Rdfa = "rdfa";

    /// <summary>Most pages hold no structured data: a search of the text costs less than the walks of the document
    /// that look for it. JSON-LD needs its script type; a microdata or RDFa item names its JobPosting type.</summary>
    private static readonly SearchValues<string> JsonLdType = SearchValues.Create(["ld+json"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> JobPostingType = SearchValues.Create(["JobPosting"], StringComparison.OrdinalIgnoreCase);

    public string Name => "structured-data";

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        var (postings, strategy) = page.Text.AsSpan().ContainsAny(JsonLdType) && JsonLdExtractor.Extract(document, page.Url) is { Count: > 0 } jsonLd
            ? (jsonLd, JsonLdExtractor.StrategyName)
            : !page.Text.AsSpan().ContainsAny(JobPostingType)
                ? ([], Rdfa)
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
