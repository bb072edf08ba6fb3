namespace JobAggregator.Contracts;

/// <summary>Asks a scraper to read one source now. <paramref name="ScrapeRunId"/> is derived from the source and the
/// scheduled slot, so the same slot requested twice names the same run.</summary>
public sealed record ScrapeRequested(
    string SourceId,
    Guid ScrapeRunId,
    DateTimeOffset RequestedAt,
    string Reason);
