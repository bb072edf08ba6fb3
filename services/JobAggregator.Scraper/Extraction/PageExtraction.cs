using JobAggregator.Contracts;
namespace JobAggregator.Scraper.Extraction;

/// <summary>What one page gave: its postings and the strategy that found them, or why it gave none.</summary>
/// <param name="Complete">The postings hold their full text (an API or feed): no detail pages to follow.</param>
/// <param name="NoPostingsReason">One of <see cref="NoPostingsReasons"/> when there are no postings.</param>
/// <param name="Explanation">The reason in words, for the scrape run and the preview command.</param>
public sealed record PageExtraction(
    IReadOnlyList<PostingDraft> Postings,
    string? Strategy,
    IReadOnlyList<Uri> NextPages,
    bool Complete,
    string? NoPostingsReason,
    string? Explanation)
{
    /// <summary>An API or feed, or an HTML page (selectors included).</summary>
    public ListingKind Listing { get; init; } = ListingKind.HtmlPage;
}
