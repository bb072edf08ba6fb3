namespace JobAggregator.Api.Sources;

/// <summary>A configured source and its health, as derived from its scrape runs.</summary>
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
    double? LastRunSeconds);
