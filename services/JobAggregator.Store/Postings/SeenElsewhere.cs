namespace JobAggregator.Store.Postings;

/// <summary>Another posting of the same opening, picked up from another source.</summary>
public sealed record SeenElsewhere(string PostingId, string SourceId, string? Url, PostingStatus Status);
