using Quartz;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>The scheduled pass over the sources' health; never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class SourceAlertJob(SourceAlertChecks checks) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await checks.RunAsync(cancellationToken);
}
