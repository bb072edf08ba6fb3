namespace JobAggregator.Contracts;

/// <summary>An operator resumed a paused source: the scheduler requests its scrapes again.</summary>
public sealed record SourceResumed(string SourceId, string ResumedBy, DateTimeOffset ResumedAt);
