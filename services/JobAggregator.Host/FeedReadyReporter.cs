using JobAggregator.Scraper;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store;
using JobAggregator.Store.Operations;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host;

/// <summary>Tells the person who just started the service where the feed is, once the start-up run of every source
/// has been recorded and its postings stored (paused sources and those backing off are not asked for, so not waited
/// for). A big first run may take minutes: while runs keep ending or postings keep arriving it waits, saying every
/// minute how far it got; when nothing has moved for longer than a run may last (<c>Scraper:MaxRunSeconds</c>), it
/// says how far it got and which sources it still waits for.</summary>
internal sealed partial class FeedReadyReporter(
    IServer server,
    IHostApplicationLifetime lifetime,
    IPostingReader reader,
    IOperationsStore operations,
    SourceCatalog catalog,
    IOptions<SchedulerOptions> scheduler,
    IOptions<SourceBackOffOptions> backOff,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<FeedReadyReporter> logger) : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan TellEvery = TimeSpan.FromSeconds(60);
    private const int NamesShown = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Taken as the hosted services start, not once the host has started: a start-up run that ends while the rest
        // of the host is still starting counts too.
        var since = time.GetUtcNow();
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        var atStart = await reader.GetSourceHealthAsync(stoppingToken);
        var stallLimit = TimeSpan.FromSeconds(configuration.GetValue<int?>($"{ScraperOptions.SectionName}:{nameof(ScraperOptions.MaxRunSeconds)}")
            ?? new ScraperOptions().MaxRunSeconds);

        var progress = scheduler.Value.ScrapeOnStart ? await ProgressAsync(atStart, since, stoppingToken) : null;
        var moved = since;
        var told = since;
        while (progress is { Complete: false })
        {
            await Task.Delay(PollEvery, time, stoppingToken);
            var next = await ProgressAsync(atStart, since, stoppingToken);
            var now = time.GetUtcNow();
            if (next.Done.Count != progress.Done.Count || next.PostingsStored != progress.PostingsStored)
            {
                moved = now;
            }

            progress = next;
            if (progress.Complete)
            {
                break;
            }

            if (now - moved > stallLimit)
            {
                LogStalled(Address(), progress.Done.Count, catalog.All.Count, progress.PostingsStored, Names(progress.Awaited), stallLimit);
                return;
            }

            if (now - told >= TellEvery)
            {
                told = now;
                LogProgress(progress.Done.Count, catalog.All.Count, progress.PostingsStored, Names(progress.Awaited));
            }
        }

        var address = Address();
        var open = (await reader.SearchAsync(new JobQuery { PageSize = 1 }, stoppingToken)).Total;
        var failing = (await reader.GetSourceHealthAsync(stoppingToken)).Count(h => h.ConsecutiveFailures > 0);
        LogReady($"{address}/", $"{address}/api/jobs", open, catalog.All.Count, failing, $"{address}/api/sources");
    }

    private async Task<FirstRunProgress> ProgressAsync(IReadOnlyList<SourceHealth> atStart, DateTimeOffset since, CancellationToken ct)
    {
        var health = await reader.GetSourceHealthAsync(ct);
        var paused = (await operations.GetPausesAsync(ct)).Select(p => p.SourceId).ToHashSet(StringComparer.Ordinal);
        return FirstRunProgress.Of(catalog.All, health, atStart, paused, since, backOff.Value.MaxBackoff);
    }

    private string Address() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost").TrimEnd('/');

    private static string Names(IReadOnlyList<string> sourceIds) =>
        sourceIds.Count <= NamesShown ? string.Join(", ", sourceIds) : $"{string.Join(", ", sourceIds.Take(NamesShown))} and {sourceIds.Count - NamesShown} more";

    // Event 0, as the README's example line shows it.
    [LoggerMessage(EventId = 0, Level = LogLevel.Information,
        Message = "Feed ready at {PageUrl} (JSON: {FeedUrl}): {OpenPostings} open postings from {SourceCount} sources ({FailingSources} failing; see {SourcesUrl})")]
    private partial void LogReady(string pageUrl, string feedUrl, int openPostings, int sourceCount, int failingSources, string sourcesUrl);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Feed not ready yet: the first runs of {DoneSources} of {SourceCount} sources are stored ({PostingsStored} postings so far); waiting for {AwaitedSources}")]
    private partial void LogProgress(int doneSources, int sourceCount, int postingsStored, string awaitedSources);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Feed at {PageUrl}/, not complete: the first runs of {DoneSources} of {SourceCount} sources are stored ({PostingsStored} postings so far); still waiting for {AwaitedSources}, with nothing moving for {StallLimit} (Scraper:MaxRunSeconds); see {PageUrl}/api/sources")]
    private partial void LogStalled(string pageUrl, int doneSources, int sourceCount, int postingsStored, string awaitedSources, TimeSpan stallLimit);
}
