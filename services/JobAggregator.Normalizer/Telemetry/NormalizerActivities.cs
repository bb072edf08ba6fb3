using System.Diagnostics;
using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Telemetry;

/// <summary>The normaliser's span around one posting, a child of the consume span the bus continues from the scrape run.</summary>
public static class NormalizerActivities
{
    public const string SourceName = "JobAggregator.Normalizer";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartNormalize(PostingScraped posting) =>
        Source.StartActivity("normalize")?
            .SetTag(TelemetryTags.SourceId, posting.SourceId)
            .SetTag(TelemetryTags.ScrapeRunId, posting.ScrapeRunId.ToString())
            .SetTag(TelemetryTags.PostingKey, posting.PostingKey);
}
