using System.Diagnostics;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Telemetry;

/// <summary>The scraper's spans. A run's span is the parent of every PostingScraped it publishes, so the bus carries
/// its trace through the normalizer to the store.</summary>
public static class ScraperActivities
{
    public const string SourceName = "JobAggregator.Scraper";

    public const string ScrapeActivity = "scrape";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartScrape(string sourceId, Guid scrapeRunId) =>
        Source.StartActivity(ScrapeActivity)?
            .SetTag(TelemetryTags.SourceId, sourceId)
            .SetTag(TelemetryTags.ScrapeRunId, scrapeRunId.ToString());
}
