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

    /// <summary>The same reason in words, for operators.</summary>
    public string? Explanation { get; init; }
}
