using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Scraping;

/// <param name="ExtractedBy">The strategy that found the postings.</param>
public sealed record ScrapeOutcome(IReadOnlyList<PostingDraft> Postings, int PagesFetched, string ExtractedBy);
