using JobAggregator.Contracts;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>What the lifecycle rules need to know of a stored posting; each store reads it in its own way.</summary>
/// <param name="Id">The posting key.</param>
/// <param name="LastSeen">The latest sighting, whose content is the stored content.</param>
internal sealed record PostingLifecycleState(
    string Id,
    string SourceId,
    string OrganizationId,
    string ContentHash,
    PostingStatus Status,
    DateTimeOffset LastSeen,
    DateOnly? ValidThrough,
    bool OpenUntilFilled)
{
    /// <summary>While closed: the start of the run that closed it (for postings closed before that was kept, when it
    /// closed).</summary>
    public DateTimeOffset? ClosedBy { get; init; }

    /// <summary>Successful reading runs of its source in a row that did not list the posting.</summary>
    public int MissedRuns { get; init; }

    /// <summary>The last run counted in <see cref="MissedRuns"/>, where a store can run the same run's closing twice at
    /// once; null where it cannot.</summary>
    public Guid? MissedByRunId { get; init; }
}
