using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

/// <summary>What the last full read of a one-page listing found, so that a run whose listing answers 304 can still
/// ask each posting's detail page whether it changed.</summary>
/// <param name="Source">The source as it was read: a changed definition (or another careers page found) forgets it.</param>
/// <param name="ListingDrafts">The postings as the listing gave them, before their detail pages completed them.</param>
/// <param name="DetailReads">Each detail page as last read, by its URL.</param>
internal sealed record RememberedListing(
    SourceDefinition Source,
    IReadOnlyList<PostingDraft> ListingDrafts,
    IReadOnlyDictionary<Uri, RememberedDetail> DetailReads,
    string ExtractedBy,
    ListingKind Listing,
    bool ListingTruncated);
