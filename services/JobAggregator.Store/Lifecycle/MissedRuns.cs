using JobAggregator.Contracts;

namespace JobAggregator.Store.Lifecycle;

/// <summary>When a run counts against the postings of its source it did not list, and how many such runs close one.</summary>
internal static class MissedRuns
{
    /// <summary>An empty extraction is more likely a broken page than a source with no openings, a not-modified run read
    /// nothing, and a truncated listing did not read every page, so none of them counts against a posting.</summary>
    public static bool CountAgainstUnlisted(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !run.NotModified && run.PostingKeys.Count > 0 && !run.ListingTruncated;
    }

    /// <summary>An API or feed lists exactly what is open; an HTML listing gets a second chance (a page may drop an item
    /// for a run).</summary>
    public static int ToClose(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.ListedByApiOrFeed ? 1 : 2;
    }
}
