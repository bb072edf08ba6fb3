using JobAggregator.Contracts;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Scraping;

/// <param name="ExtractedBy">The strategy that found the postings.</param>
public sealed record ScrapeOutcome(IReadOnlyList<PostingDraft> Postings, int PagesFetched, string ExtractedBy)
{
    /// <summary>One of <see cref="NoPostingsReasons"/> when the run found nothing.</summary>
    public string? NoPostingsReason { get; init; }

    /// <summary>Why the run found nothing, or why its listing was cut short (<see cref="ListingTruncated"/>), in words.</summary>
    public string? Explanation { get; init; }

    /// <summary>The listing page had not changed since the last run (HTTP 304): nothing was read, nothing may close.</summary>
    public bool NotModified { get; init; }

    /// <summary>The listing answered 304 and its postings are those of its last full read, each detail page asked
    /// again whether it changed.</summary>
    public bool DetailPagesRevalidated { get; init; }

    /// <summary>What kind of listing the strategy that found the postings read.</summary>
    public ListingKind Listing { get; init; } = ListingKind.HtmlPage;

    /// <summary>Postings the listing named whose own page answered 404 or 410: not published, and closed at once.</summary>
    public IReadOnlyList<PostingDraft> Gone { get; init; } = [];

    /// <summary>The run did not read the whole listing: more pages than <see cref="ScraperOptions.MaxListingPages"/>, a
    /// later page that could not be read or was too complex, <see cref="ScraperOptions.MaxPostingsPerRun"/> reached, or
    /// <see cref="ScraperOptions.MaxRunSeconds"/> passed. <see cref="Explanation"/> says which; nothing closes.</summary>
    public bool ListingTruncated { get; init; }

    /// <summary>The listing page's bytes were those of the last run's read (<see cref="ListingRead"/>): its postings
    /// are that read's, known without extracting them again; nothing is listed in <see cref="Postings"/>.</summary>
    public bool ListingUnchanged { get; init; }

    /// <summary>The listing read whole from its one page, with nothing else asked (no detail page, no API of its
    /// own): a later run given the same page knows its postings from it. Null for any other read.</summary>
    public ListingRead? Read { get; init; }

    /// <summary>How the listing page was found, for a source that gives only the organisation's website.</summary>
    public DiscoveryResult? Discovery { get; init; }
}
