namespace JobAggregator.Scraper.Scraping;

/// <summary>What was last published of one source: a hash of each posting's content by its key, when a run last
/// published every posting of it (not only the changed ones), and the listing it was read from when that was read
/// from its page alone.</summary>
internal sealed record PublishedState(DateTimeOffset FullyPublishedAt, PostingHashes Hashes, ListingRead? Listing = null);
