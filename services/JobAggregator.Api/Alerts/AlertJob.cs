using Quartz;

namespace JobAggregator.Api.Alerts;

/// <summary>The scheduled pass over the alerts; never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class AlertJob(AlertDigests digests) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await digests.RunAsync(cancellationToken);
}
