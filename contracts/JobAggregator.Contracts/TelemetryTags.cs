namespace JobAggregator.Contracts;

/// <summary>The span attributes every role sets on its part of a scrape run, so a trace or a log line can be looked up by
/// the run or the source it belongs to.</summary>
public static class TelemetryTags
{
    public const string SourceId = "jobaggregator.source.id";

    public const string ScrapeRunId = "jobaggregator.scrape_run.id";

    public const string PostingKey = "jobaggregator.posting.key";
}
