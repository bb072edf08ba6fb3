namespace JobAggregator.Store.Lifecycle;

/// <summary>What a store does with one posting message: <see cref="PostingLifecycle.Decide"/>'s answer.</summary>
/// <param name="RestartsMissedRuns">The sighting is newer than the last one, so the posting's missed runs start over.
/// </param>
/// <param name="ReclusterOrganizations">The organisations whose openings the write may change: a new title or dates
/// may join or split openings, and opening or closing changes which copy is shown; a mere sighting changes neither.
/// </param>
internal sealed record PostingDecision(
    PostingWrite Write,
    PostingStatusChange StatusChange,
    bool RestartsMissedRuns,
    IReadOnlyList<string> ReclusterOrganizations)
{
    /// <summary>The closing written with <see cref="PostingStatusChange.Expire"/>; null otherwise.</summary>
    public PostingClosing? Closing { get; init; }

    public bool Writes => Write is PostingWrite.Insert or PostingWrite.MarkSeen or PostingWrite.Revise;
}
