namespace JobAggregator.Contracts;

/// <summary>A scrape run failed; nothing it saw is used to close postings.</summary>
public sealed record ScrapeFailed(
    string SourceId,
    Guid ScrapeRunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FailedAt,
    string Reason,
    int? HttpStatus,
    string? Url);
