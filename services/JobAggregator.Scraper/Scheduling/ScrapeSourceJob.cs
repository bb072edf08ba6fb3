using JobAggregator.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Fired by a source's trigger: asks for a scrape of that source, unless an operator has paused it.</summary>
internal sealed class ScrapeSourceJob(
    IBus bus,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ISchedulerLease lease,
    PausedSources paused,
    ILogger<ScrapeSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";
    public const string ReasonKey = "reason";
    public const string JitterKey = "jitter";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A scheduler that does not hold the lease stands by; the holder asks for this slot's scrape.
        if (!lease.IsHeld)
        {
            return;
        }

        var data = context.MergedJobDataMap;
        var sourceId = data.GetString(SourceIdKey) ?? throw new JobExecutionException($"Job {context.JobDetail.Key} has no {SourceIdKey}.");
        var slot = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (await paused.IsPausedAsync(sourceId, cancellationToken))
        {
            logger.LogInformation("Source {SourceId} is paused; no scrape requested", sourceId);
            return;
        }

        if (data.TryGetValue(JitterKey, out var jitterOn) && jitterOn is true && options.Value.MaxJitterSeconds > 0)
        {
            var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * options.Value.MaxJitterSeconds * 1000);
            await Task.Delay(jitter, time, cancellationToken);
        }

        await bus.Publish(
            new ScrapeRequested(sourceId, ScrapeRunIds.For(sourceId, slot), time.GetUtcNow(), data.GetString(ReasonKey) ?? "schedule"),
            cancellationToken);
    }
}
