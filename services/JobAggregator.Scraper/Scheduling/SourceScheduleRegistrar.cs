using JobAggregator.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Gives every source of the catalog its Quartz job: a cron trigger from its schedule and, when enabled, one
/// trigger that fires at once.</summary>
internal sealed class SourceScheduleRegistrar(
    ISchedulerFactory schedulerFactory,
    SourceCatalog catalog,
    IOptions<SchedulerOptions> options,
    ILogger<SourceScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var source in catalog.All)
        {
            var job = JobBuilder.Create<ScrapeSourceJob>()
                .WithIdentity(source.Id, "sources")
                .UsingJobData(ScrapeSourceJob.SourceIdKey, source.Id)
                .Build();
            var triggers = new List<ITrigger>
            {
                TriggerBuilder.Create()
                    .WithIdentity($"{source.Id}-schedule", "sources")
                    .WithCronSchedule(source.Schedule, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                    .UsingJobData(ScrapeSourceJob.JitterKey, true)
                    .UsingJobData(ScrapeSourceJob.ReasonKey, "schedule")
                    .Build(),
            };
            if (options.Value.ScrapeOnStart)
            {
                triggers.Add(TriggerBuilder.Create()
                    .WithIdentity($"{source.Id}-start-up", "sources")
                    .StartNow()
                    .UsingJobData(ScrapeSourceJob.JitterKey, false)
                    .UsingJobData(ScrapeSourceJob.ReasonKey, "start-up")
                    .Build());
            }

            await scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        logger.LogInformation("Scheduled {SourceCount} sources from {SourcesFile}", catalog.All.Count, catalog.Path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
