using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Scraping;

/// <summary>The postings of a run to publish, and the hashes of every posting it listed.</summary>
public sealed record ChangedPostings(IReadOnlyList<PostingScraped> Postings, IReadOnlyDictionary<string, UInt128> Hashes);
