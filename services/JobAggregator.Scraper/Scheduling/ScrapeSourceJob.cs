using JobAggregator.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Fired by a source's trigger: asks for a scrape of that source, unless an operator has paused it or it is
/// backing off.</summary>
internal sealed partial class ScrapeSourceJob(
    IBus bus,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ISchedulerLease lease,
    PausedSources paused,
    SourceBackOffTracker backOff,
    ILogger<ScrapeSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";
    public const string ReasonKey = "reason";
    public const string JitterKey = "jitter";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var sourceId = data.GetString(SourceIdKey) ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no {SourceIdKey}.");
        var jitter = data.TryGetValue(JitterKey, out var jitterOn) && jitterOn is true;
        return RequestScrapeAsync(
            sourceId, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, jitter, data.GetString(ReasonKey) ?? "schedule", cancellationToken);
    }

    /// <summary>Asks for the scrape of <paramref name="sourceId"/> in <paramref name="slot"/>, unless this scheduler
    /// stands by, an operator paused the source or it is backing off.</summary>
    public async ValueTask RequestScrapeAsync(string sourceId, DateTimeOffset slot, bool jitter, string reason, CancellationToken cancellationToken)
    {
        // The jitter comes first, so that a source paused (or a lease lost) while the request waits is not scraped.
        if (jitter && options.Value.MaxJitterSeconds > 0)
        {
            var delay = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * options.Value.MaxJitterSeconds * 1000);
            await Task.Delay(delay, time, cancellationToken);
        }

        // A scheduler that does not hold the lease stands by; the holder asks for this slot's scrape.
        if (!lease.IsHeld)
        {
            return;
        }

        if (await paused.IsPausedAsync(sourceId, cancellationToken))
        {
            LogPaused(sourceId);
            return;
        }

        if (backOff.NextAttemptAt(sourceId) is { } nextAttempt && slot < nextAttempt)
        {
            LogBackingOff(sourceId, backOff.ConsecutiveFailures(sourceId), nextAttempt);
            return;
        }

        await bus.Publish(new ScrapeRequested(sourceId, ScrapeRunIds.For(sourceId, slot), time.GetUtcNow(), reason), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} is paused; no scrape requested")]
    private partial void LogPaused(string sourceId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Skipped the scrape of {SourceId}: it failed {ConsecutiveFailures} runs in a row and backs off until {NextAttemptAt}")]
    private partial void LogBackingOff(string sourceId, int consecutiveFailures, DateTimeOffset nextAttemptAt);
}
