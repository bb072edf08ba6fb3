using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>Runs the hiring-tool strategy on one page the way the automatic extraction does.</summary>
internal static class HiringToolRun
{
    public static Task<StrategyOutcome?> ExtractAsync(PageContent page, IPageFetcher? fetcher = null, ILogger? logger = null) =>
        new HiringToolStrategy().TryExtractAsync(page, Context(page.Url, fetcher ?? new RecordingPageFetcherFake(), logger), TestContext.Current.CancellationToken);

    public static ExtractionContext Context(Uri url, IPageFetcher fetcher, ILogger? logger = null) =>
        new(new SourceDefinition("hiring-tool-test", "Test Organisation", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto,
            null, null, null, AllowPrivateNetwork: false), fetcher, logger ?? NullLogger.Instance);
}
