using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Structured;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The schema.org JobPostings of a page's JSON-LD scripts as drafts: read by <see cref="JsonLdReader"/>,
/// mapped by <see cref="SchemaPostingMapper"/> as microdata and RDFa are.</summary>
internal static class JsonLdExtractor
{
    public const string StrategyName = "json-ld";

    public static IReadOnlyList<PostingDraft> Extract(IDocument page, Uri pageUrl) =>
        SchemaPostingMapper.ToDrafts(JsonLdReader.JobPostings(page), pageUrl);
}
