using System.Diagnostics;
using JobAggregator.Contracts;

namespace JobAggregator.Store.Telemetry;

/// <summary>The store's span around writing one posting (in the batch that holds it), the last step of the trace its scrape run started.</summary>
public static class StoreActivities
{
    public const string SourceName = "JobAggregator.Store";

    public const string StorePostingActivity = "store posting";

    private static readonly ActivitySource Source = new(SourceName);

    /// <param name="parentId">The span that sent the posting (its W3C id), so a posting stored in a batch of many runs'
    /// postings stays in its own run's trace; null for the current span.</param>
    internal static Activity? StartStorePosting(PostingNormalized posting, string? parentId) =>
        Source.StartActivity(StorePostingActivity, ActivityKind.Internal, parentId)?
            .SetTag(TelemetryTags.SourceId, posting.SourceId)
            .SetTag(TelemetryTags.ScrapeRunId, posting.ScrapeRunId.ToString())
            .SetTag(TelemetryTags.PostingKey, posting.PostingKey);
}
