namespace JobAggregator.Scraper.Extraction;

/// <param name="Strategy">What found the postings: the strategy, or the hiring tool (greenhouse, lever, ...).</param>
/// <param name="NextPages">Further listing pages the strategy saw (pagination), in order.</param>
/// <param name="Complete">True when the postings already hold their full text (an API or feed), so detail pages need
/// not be fetched.</param>
/// <param name="Listing">An API or feed, or an HTML page.</param>
internal sealed record StrategyOutcome(
    IReadOnlyList<PostingDraft> Postings, string Strategy, IReadOnlyList<Uri> NextPages, bool Complete, ListingKind Listing);
