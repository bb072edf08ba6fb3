using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Api.Alerts;

/// <summary>Schedules <see cref="AlertJob"/> every <c>Alerts:CheckIntervalSeconds</c>, and says where mails go.</summary>
internal sealed class AlertScheduleRegistrar(
    ISchedulerFactory schedulerFactory, IOptions<AlertOptions> options, IMailTransport transport, ILogger<AlertScheduleRegistrar> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        AlertLog.MailDestination(logger, transport.Destination);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<AlertJob>().WithIdentity("alerts", "alerts").Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity("alerts-interval", "alerts")
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(options.Value.CheckIntervalSeconds))
            .WithSimpleSchedule(schedule => schedule
                .WithInterval(TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds))
                .RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
