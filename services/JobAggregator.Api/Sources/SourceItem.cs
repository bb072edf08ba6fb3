namespace JobAggregator.Api.Sources;

/// <summary>A configured source and its health, as derived from its scrape runs.</summary>
/// <param name="NoPostingsReason">Why the latest successful run found no postings (no-listing, javascript-app-shell,
/// ...); null when it found some.</param>
/// <param name="PreviousPostingsFound">What the run before it found: a source that listed postings and now lists none has
/// most likely changed its page.</param>
/// <param name="PostingsStored">Postings of the latest successful run that have reached the store; below
/// <paramref name="PostingsFound"/> while some are on their way, or when the normalizer rejected some.</param>
public sealed record SourceItem(
    string Id,
    string Organization,
    string Url,
    string Strategy,
    string Schedule,
    string Health,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    int ConsecutiveFailures,
    int PostingsFound,
    int OpenPostings,
    double? LastRunSeconds,
    string? NoPostingsReason,
    string? Explanation,
    int? PreviousPostingsFound,
    int PostingsStored)
{
    /// <summary>"the store cannot write: &lt;reason&gt; since &lt;time&gt;" while the store's writes fail (the disk is full,
    /// the database is read-only or gone); the health is then <c>store-failing</c>, whatever the runs say. Null while
    /// writes work.</summary>
    public string? StoreError { get; init; }

    /// <summary>The latest successful run listed far fewer postings than the run before (<c>Store:PartialDropRatio</c>)
    /// and closed none of those it missed.</summary>
    public bool PartialDrop { get; init; }

    /// <summary>The slot the scheduler scrapes a failing source at again, having skipped those before it
    /// (<c>Scheduler:MaxBackoffHours</c>); null while the source is not failing and follows its schedule.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
}
