using JobAggregator.Scraper.Extraction.Feeds;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Extraction;

/// <summary>What kind of listing a strategy reads, told from the name it records as <c>extractedBy</c>.</summary>
internal static class ListingOrigins
{
    private static readonly HashSet<string> ApisAndFeeds = new(
        HiringToolCatalog.All.Where(t => t.ListsThroughApi).Select(t => t.Name)
            .Concat([XmlFeedMapper.Rss, XmlFeedMapper.Atom, JsonFeedMapper.JsonFeed]),
        StringComparer.Ordinal);

    /// <summary>The postings came from a hiring tool's API or a feed, which list every open posting, rather than from
    /// an HTML page (selectors, heuristics, structured data in the page, data in its scripts), which a redesign or an
    /// outage can empty without any posting closing.</summary>
    public static bool IsApiOrFeed(string? extractedBy) => extractedBy is not null && ApisAndFeeds.Contains(extractedBy);
}
