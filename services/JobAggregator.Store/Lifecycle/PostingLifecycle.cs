using JobAggregator.Contracts;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>The rules for one posting message: insert, ignore, mark seen or revise; expire or reopen; start the missed
/// runs over. Both stores apply the decision; neither decides.</summary>
internal static class PostingLifecycle
{
    /// <param name="current">The stored posting; null when there is none.</param>
    public static PostingDecision Decide(PostingLifecycleState? current, PostingNormalized incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(incoming.Organization);

        var at = incoming.ScrapedAt;
        if (current is null)
        {
            var closing = ClosingOnInsert(incoming);
            return new(
                PostingWrite.Insert,
                closing is null ? PostingStatusChange.None : PostingStatusChange.Expire,
                false,
                [incoming.Organization.Id])
            {
                Closing = closing,
            };
        }

        if (at < current.LastSeen)
        {
            return new(PostingWrite.IgnoreOlder, PostingStatusChange.None, false, []);
        }

        var changed = !string.Equals(current.ContentHash, incoming.ContentHash, StringComparison.Ordinal);
        var expired = changed
            ? PostingDates.IsExpired(incoming.ValidThrough, incoming.OpenUntilFilled, at)
            : PostingDates.IsExpired(current.ValidThrough, current.OpenUntilFilled, at);
        var statusChange = StatusChange(current, at, expired);
        if (!changed && at == current.LastSeen && statusChange == PostingStatusChange.None)
        {
            return new(PostingWrite.IgnoreRedelivery, PostingStatusChange.None, false, []);
        }

        IReadOnlyList<string> recluster = changed || statusChange != PostingStatusChange.None
            ? [.. new[] { current.OrganizationId, incoming.Organization.Id }.Distinct(StringComparer.Ordinal)]
            : [];

        // The same message delivered again is no new sighting: it must not start the missed runs over.
        return new(changed ? PostingWrite.Revise : PostingWrite.MarkSeen, statusChange, at > current.LastSeen, recluster)
        {
            Closing = statusChange == PostingStatusChange.Expire ? PostingClosing.Expired(at) : null,
        };
    }

    /// <summary>A posting first seen already past its valid-through is kept, closed, so a later sighting stays closed
    /// too.</summary>
    public static PostingClosing? ClosingOnInsert(PostingNormalized incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return PostingDates.IsExpired(incoming.ValidThrough, incoming.OpenUntilFilled, incoming.ScrapedAt)
            ? PostingClosing.Expired(incoming.ScrapedAt)
            : null;
    }

    /// <remarks>Reopened only by a sighting after the start of the run that closed it (a run's own late messages, or
    /// older ones, were already taken into account when it closed the posting), and never past its last day.</remarks>
    private static PostingStatusChange StatusChange(PostingLifecycleState current, DateTimeOffset at, bool expired) =>
        current.Status switch
        {
            PostingStatus.Open when expired => PostingStatusChange.Expire,
            PostingStatus.Closed when !expired && current.ClosedBy is { } by && at > by => PostingStatusChange.Reopen,
            _ => PostingStatusChange.None,
        };
}
