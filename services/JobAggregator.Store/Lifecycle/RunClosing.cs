using JobAggregator.Contracts;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>The rules for the end of a run: what it closes and why. Closing is conservative, because a broken page or
/// an outage must never wipe out live postings: a posting is closed as gone when its detail page answered 404 or 410,
/// as missing after <see cref="MissedRuns.ToClose"/> reading runs in a row did not list it, and as expired once past
/// its valid-through day, which any run of any source notices, failed ones included. A run that is a
/// <see cref="PartialDrop"/> counts no misses. A listing is a sighting of every posting it names: the store marks them
/// seen, and a closed one it names is reopened as its posting message would, since the scraper publishes only the
/// postings whose content changed.</summary>
internal static class RunClosing
{
    /// <param name="postings">The run's source's open postings, those it listed, and every source's open postings
    /// that may be past their closing date; any others are left as they are.</param>
    /// <param name="partialDrop">The run listed far fewer postings than the source's last reading run
    /// (<see cref="PartialDrop.Applies"/>): its misses are not trusted.</param>
    /// <returns>The postings the run changes, each once.</returns>
    public static IReadOnlyList<RunPostingChange> Plan(
        ScrapeCompleted run, IEnumerable<PostingLifecycleState> postings, bool partialDrop = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(postings);

        var read = postings.DistinctBy(p => p.Id, StringComparer.Ordinal).ToList();
        var listed = ListedAmong(read, run);
        var gone = run.GonePostingKeys.ToHashSet(StringComparer.Ordinal);
        var countsMisses = !partialDrop && MissedRuns.CountAgainstUnlisted(run);
        var missesToClose = MissedRuns.ToClose(run);

        var changes = new List<RunPostingChange>();
        foreach (var posting in read)
        {
            var ofSource = string.Equals(posting.SourceId, run.SourceId, StringComparison.Ordinal);
            var isListed = ofSource && listed.Contains(posting.Id);

            // A listing that names the posting is a sighting, even before its posting message arrives.
            var missedRuns = isListed ? 0 : posting.MissedRuns;
            var missCounted = false;
            PostingClosing? closing = null;
            if (posting.Status == PostingStatus.Open)
            {
                // Before the misses: a gone posting is not listed either, and is closed as gone, not as missing.
                if (ofSource && gone.Contains(posting.Id))
                {
                    closing = new(ClosedReasons.Gone, run.FinishedAt, run.StartedAt);
                }
                else if (ofSource && countsMisses && !isListed && MissedBy(posting, run))
                {
                    missedRuns++;
                    missCounted = true;
                    closing = missedRuns >= missesToClose ? new(ClosedReasons.Missing, run.FinishedAt, run.StartedAt) : null;
                }

                closing ??= Expiry(posting, run.FinishedAt);
            }

            var reopens = isListed && ReopenedBy(posting, run);
            if (missedRuns != posting.MissedRuns || closing is not null || reopens)
            {
                changes.Add(new(posting, missedRuns, missCounted, closing) { Reopens = reopens });
            }
        }

        return changes;
    }

    /// <summary>The keys of the postings read that the run listed: a set of the postings read, usually few, narrowed
    /// by one pass over the listed keys, instead of a set of every key (100,000 strings for a large board).</summary>
    private static HashSet<string> ListedAmong(List<PostingLifecycleState> read, ScrapeCompleted run)
    {
        var listed = read
            .Where(p => string.Equals(p.SourceId, run.SourceId, StringComparison.Ordinal))
            .Select(p => p.Id)
            .ToHashSet(StringComparer.Ordinal);
        listed.IntersectWith(run.PostingKeys);
        return listed;
    }

    /// <summary>A failure closes nothing of its source, but time has passed for every source's valid-through dates.
    /// </summary>
    /// <param name="postings">Open postings that may be past their closing date.</param>
    public static IReadOnlyList<RunPostingChange> Plan(ScrapeFailed run, IEnumerable<PostingLifecycleState> postings)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(postings);

        return
        [
            .. postings
                .DistinctBy(p => p.Id, StringComparer.Ordinal)
                .Where(p => p.Status == PostingStatus.Open)
                .Select(p => (Posting: p, Closing: Expiry(p, run.FailedAt)))
                .Where(p => p.Closing is not null)
                .Select(p => new RunPostingChange(p.Posting, p.Posting.MissedRuns, false, p.Closing)),
        ];
    }

    /// <summary>Last seen before the run started (a posting seen since was listed by a later run, or is newer than this
    /// one's view), and not yet counted by this run (a redelivery, or two replicas closing the same run, count it
    /// once).</summary>
    private static bool MissedBy(PostingLifecycleState posting, ScrapeCompleted run) =>
        posting.LastSeen < run.StartedAt && posting.MissedByRunId != run.ScrapeRunId;

    /// <summary>The rule of <see cref="PostingLifecycle"/> for a sighting of unchanged content: closed by a run that
    /// started before this one, and not past its last day when this run saw it.</summary>
    private static bool ReopenedBy(PostingLifecycleState posting, ScrapeCompleted run) =>
        posting.Status == PostingStatus.Closed
        && posting.ClosedBy is { } by && run.StartedAt > by
        && !PostingDates.IsExpired(posting.ValidThrough, posting.OpenUntilFilled, run.StartedAt);

    private static PostingClosing? Expiry(PostingLifecycleState posting, DateTimeOffset at) =>
        PostingDates.IsExpired(posting.ValidThrough, posting.OpenUntilFilled, at) ? PostingClosing.Expired(at) : null;
}
