namespace JobAggregator.Contracts;

/// <summary>An operator paused a source: the scheduler requests no scrape of it until it is resumed. The store has
/// recorded the pause before this is published.</summary>
public sealed record SourcePaused(string SourceId, string PausedBy, DateTimeOffset PausedAt);
