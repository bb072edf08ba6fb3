namespace JobAggregator.Store.Reading;

/// <summary>A source's health, derived from its recorded scrape runs.</summary>
/// <param name="LastRunAt">When the latest run ended, successful or not.</param>
/// <param name="LastError">The reason of the latest failed run; kept after a later success, beside <paramref name="LastFailureAt"/>.</param>
/// <param name="ConsecutiveFailures">Failed runs started after the latest successful one.</param>
/// <param name="PostingsFound">Postings listed by the latest successful run that read the source (not-modified runs read nothing).</param>
/// <param name="OpenPostings">Postings of the source open now.</param>
/// <param name="LastRunDuration">Start to end of the latest run.</param>
public sealed record SourceHealth(
    string SourceId,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    int ConsecutiveFailures,
    int PostingsFound,
    int OpenPostings,
    TimeSpan? LastRunDuration)
{
    /// <summary>Why the latest successful run that read the source found no postings (a code such as no-listing);
    /// null when it found some.</summary>
    public string? LastNoPostingsReason { get; init; }

    /// <summary><see cref="LastNoPostingsReason"/> in words.</summary>
    public string? LastExplanation { get; init; }

    /// <summary>Postings listed by the successful reading run before the latest one; null when there was none. A source
    /// that had postings and now lists none shows here.</summary>
    public int? PreviousPostingsFound { get; init; }

    /// <summary>Postings of the source stored or seen (open or closed) since the latest successful reading run started:
    /// equal to <see cref="PostingsFound"/> once the run's completion has marked the postings it listed as seen (the
    /// scraper publishes only the changed ones) and those it published have come through the normalizer; lower while
    /// some are on their way, or when the normalizer rejected some.</summary>
    public int PostingsStored { get; init; }

    /// <summary>The latest successful reading run listed far fewer postings than the source's reading run before it
    /// (<see cref="StoreOptions.PartialDropRatio"/>), and so closed none of the postings it missed.</summary>
    public bool PartialDrop { get; init; }
}
