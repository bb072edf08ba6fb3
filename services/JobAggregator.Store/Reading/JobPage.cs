using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Reading;

/// <param name="Total">All postings that match, over every page.</param>
/// <param name="Page">The page served, after clamping.</param>
/// <param name="PageSize">The page size served, after clamping.</param>
public sealed record JobPage(IReadOnlyList<StoredPosting> Items, int Total, int Page, int PageSize);
