using JobAggregator.Api.Jobs;

namespace JobAggregator.Api.Check;

/// <summary>What a page would give: the postings as <c>/api/jobs</c> shows them, or why there are none.</summary>
/// <param name="Failure">Why the page could not be read at all (the address refused, an error status, a timeout);
/// null when it was read.</param>
/// <param name="Rules">Whose extraction rules were applied, in words.</param>
public sealed record PagePreview(
    Uri Url,
    string? Failure,
    string? ExtractedBy,
    int PagesFetched,
    IReadOnlyList<JobItem> Items,
    string? Explanation,
    string? NoPostingsReason,
    bool ListingTruncated,
    IReadOnlyList<string> Gone,
    string Rules);
