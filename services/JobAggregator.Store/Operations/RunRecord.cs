namespace JobAggregator.Store.Operations;

/// <summary>One recorded scrape run: what it found, or why it found nothing, or why it failed.</summary>
/// <param name="NotModified">The page answered 304 (or was unchanged) and nothing was read.</param>
/// <param name="NoPostingsReason">Why a successful run found no postings (a code such as no-listing).</param>
/// <param name="Error">Why a failed run failed; null for a successful run.</param>
public sealed record RunRecord(
    Guid RunId,
    string SourceId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool Ok,
    bool NotModified,
    int? PostingsFound,
    int? PagesFetched,
    string? ExtractedBy,
    int? ClosedPostings,
    string? NoPostingsReason,
    string? Explanation,
    string? Error,
    int? HttpStatus,
    string? Url);
