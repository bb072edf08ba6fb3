namespace JobAggregator.Contracts;

/// <summary>A scrape run ended successfully. <paramref name="PostingKeys"/> lists every posting it saw, so the store can
/// close the ones that are gone. <paramref name="NotModified"/> means the page was unchanged and nothing was read.</summary>
public sealed record ScrapeCompleted(
    string SourceId,
    Guid ScrapeRunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<string> PostingKeys,
    int PagesFetched,
    bool NotModified,
    string? ExtractedBy)
{
    /// <summary>Why the run found no postings (no-listing, javascript-app-shell, ...), when it found none.</summary>
    public string? NoPostingsReason { get; init; }

    /// <summary>The same reason in words, for operators; or, for a run whose <see cref="ListingTruncated"/> is set, why
    /// its listing was cut short (a page limit, the posting or time budget of a run, a page too complex to read).</summary>
    public string? Explanation { get; init; }

    /// <summary>The listing came from a hiring tool's API or a feed, whose omission of a posting is trusted at once;
    /// an HTML listing is not.</summary>
    public bool ListedByApiOrFeed { get; init; }

    /// <summary>Postings whose detail page answered 404 or 410: gone, whatever the listing says.</summary>
    public IReadOnlyList<string> GonePostingKeys { get; init; } = [];

    /// <summary>The listing went on past the pages a run may read: postings it did not list may be on the pages it did
    /// not read, so none is counted as missing.</summary>
    public bool ListingTruncated { get; init; }
}
