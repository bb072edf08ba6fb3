using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Reading;

/// <param name="Total">All openings that match, over every page, up to <see cref="CountLimit"/>.</param>
/// <param name="Page">The page served, after clamping.</param>
/// <param name="PageSize">The page size served, after clamping.</param>
public sealed record JobPage(IReadOnlyList<StoredPosting> Items, int Total, int Page, int PageSize)
{
    /// <summary>Where a count stops: a search matching more is answered with this total and
    /// <see cref="TotalIsExact"/> false, so no search counts past it.</summary>
    public const int CountLimit = 10_000;

    /// <summary>False when more openings match than <see cref="Total"/> (which is then <see cref="CountLimit"/>).</summary>
    public bool TotalIsExact { get; init; } = true;

    /// <summary>Where the next page starts (<see cref="JobQuery.After"/>); null on the last page.</summary>
    public JobCursor? Next { get; init; }
}
