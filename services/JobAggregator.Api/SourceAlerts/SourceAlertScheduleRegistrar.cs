using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Schedules <see cref="SourceAlertJob"/> every <c>SourceAlerts:CheckIntervalSeconds</c>.</summary>
internal sealed class SourceAlertScheduleRegistrar(ISchedulerFactory schedulerFactory, IOptions<SourceAlertOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<SourceAlertJob>().WithIdentity("source-alerts", "alerts").Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity("source-alerts-interval", "alerts")
            .StartAt(DateTimeOffset.UtcNow.Add(interval))
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
