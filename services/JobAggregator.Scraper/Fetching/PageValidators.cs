namespace JobAggregator.Scraper.Fetching;

/// <summary>What a server said identifies the version of a page it sent: sent back to ask whether it changed.</summary>
public sealed record PageValidators(string? ETag, DateTimeOffset? LastModified);
