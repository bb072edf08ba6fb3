using JobAggregator.Scraper.Scheduling;
using JobAggregator.Store.Reading;

namespace JobAggregator.Host.Scheduling;

/// <summary>Where the scheduler shares its process with the store, it starts knowing which sources are failing, so a
/// restart does not send every failing source a request at once; a scheduler without a store learns from the next
/// outcomes instead.</summary>
internal sealed partial class SourceBackOffFromStore(IPostingReader reader, SourceBackOffTracker tracker, ILogger<SourceBackOffFromStore> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var failing = 0;
        foreach (var health in await reader.GetSourceHealthAsync(cancellationToken))
        {
            if (health is { ConsecutiveFailures: > 0, LastFailureAt: { } lastFailureAt })
            {
                tracker.Recall(health.SourceId, health.ConsecutiveFailures, lastFailureAt);
                failing++;
            }
        }

        LogRecalled(failing);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The scheduler starts knowing {FailingSources} failing sources from the store")]
    private partial void LogRecalled(int failingSources);
}
