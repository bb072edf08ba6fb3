using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobAggregator.Host.Health;

/// <summary>Ready while the database answers and the store's own writes succeed; a role that cannot write is taken out
/// of service (503) until a write succeeds again.</summary>
internal sealed class StoreReadinessCheck(IPostingReader reader, StoreWriteHealth writes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (writes.Failing is var (since, error))
        {
            return HealthCheckResult.Unhealthy($"writes have failed since {since:u}: {error}");
        }

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
