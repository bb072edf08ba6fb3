using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Scraping;

/// <summary>A listing read whole from its one page: the page's <see cref="ListingFingerprint"/> and what its extraction
/// said of itself, so that a later run given the same bytes knows its postings without extracting them again.</summary>
/// <param name="ExtractedBy">The strategy that found the postings.</param>
public sealed record ListingRead(UInt128 Fingerprint, string ExtractedBy, ListingKind Listing);
