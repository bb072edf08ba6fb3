namespace JobAggregator.Api.Admin;

/// <summary>The answer to a scrape request: the new run's id and where its result will show.</summary>
public sealed record ScrapeAccepted(string SourceId, Guid RunId, string Status);
