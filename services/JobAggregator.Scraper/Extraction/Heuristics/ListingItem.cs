using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>One posting a listing shows: its title link, and the block around it that holds its other fields (null
/// when the link's block holds several postings).</summary>
internal sealed record ListingItem(IElement Link, Uri Url, string Title, IElement? Block);
