using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobAggregator.Host.Health;

internal sealed class StoreReadinessCheck(IPostingReader reader) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await reader.IsReadyAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database answers")
                : HealthCheckResult.Unhealthy("database does not answer");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database does not answer", e);
        }
    }
}
