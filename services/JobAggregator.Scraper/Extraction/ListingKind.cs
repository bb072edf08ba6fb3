namespace JobAggregator.Scraper.Extraction;

/// <summary>What kind of listing a strategy read, which decides how fast the store closes a posting it stops listing.
/// </summary>
public enum ListingKind
{
    /// <summary>An HTML page (selectors, heuristics, structured data in the page, data in its scripts), which a redesign
    /// or an outage can empty without any posting closing.</summary>
    HtmlPage,

    /// <summary>A hiring tool's API or a feed, which lists every open posting: its omission of one is trusted at once.
    /// </summary>
    ApiOrFeed,
}
