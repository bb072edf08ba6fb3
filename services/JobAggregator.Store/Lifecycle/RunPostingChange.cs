using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>What a run does to one stored posting.</summary>
/// <param name="Before">The posting as read before the run's closing.</param>
/// <param name="MissedRuns">The missed runs after the run.</param>
/// <param name="MissCounted">The run counted a miss of the posting, so the same run counts it no more.</param>
/// <param name="Closing">Why and when the run closed it; null when it stays as it was.</param>
internal sealed record RunPostingChange(PostingLifecycleState Before, int MissedRuns, bool MissCounted, PostingClosing? Closing)
{
    /// <summary>The run listed the posting, closed by an earlier run and not past its last day, so it is open again: as
    /// its posting message would reopen it, for a posting the scraper no longer publishes because it did not change
    /// (<see cref="PostingLifecycle"/>).</summary>
    public bool Reopens { get; init; }

    /// <summary>Closed by what the run read (missing or gone), rather than by the date.</summary>
    public bool ClosedByListing => Closing is { Reason: not ClosedReasons.Expired };
}
