using System.Diagnostics;
using JobAggregator.Contracts;

namespace JobAggregator.Store.Telemetry;

/// <summary>The store's span around writing one posting, the last step of the trace its scrape run started.</summary>
public static class StoreActivities
{
    public const string SourceName = "JobAggregator.Store";

    public const string StorePostingActivity = "store posting";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartStorePosting(PostingNormalized posting) =>
        Source.StartActivity(StorePostingActivity)?
            .SetTag(TelemetryTags.SourceId, posting.SourceId)
            .SetTag(TelemetryTags.ScrapeRunId, posting.ScrapeRunId.ToString())
            .SetTag(TelemetryTags.PostingKey, posting.PostingKey);
}
