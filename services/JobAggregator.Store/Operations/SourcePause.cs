namespace JobAggregator.Store.Operations;

/// <summary>A source the scheduler skips until an operator resumes it.</summary>
public sealed record SourcePause(string SourceId, string PausedBy, DateTimeOffset PausedAt);
