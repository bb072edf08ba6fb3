using JobAggregator.Sources;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobAggregator.Host;

/// <summary>Tells the person who just started the service where the feed is, once the start-up scrape of every
/// source has been recorded (or after a minute, whichever is first).</summary>
internal sealed class FeedReadyReporter(
    IServer server,
    IHostApplicationLifetime lifetime,
    IPostingReader reader,
    SourceCatalog catalog,
    TimeProvider time,
    ILogger<FeedReadyReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        var since = time.GetUtcNow();
        var deadline = since + Patience;

        IReadOnlyList<SourceHealth> health = [];
        while (time.GetUtcNow() < deadline)
        {
            health = await reader.GetSourceHealthAsync(stoppingToken);
            // A run is recorded before its postings have made their way through the normalizer: wait for those too.
            var reported = health.Count(h => h.LastRunAt >= since.AddSeconds(-5) && catalog.Find(h.SourceId) is not null
                && (h.ConsecutiveFailures > 0 || h.PostingsStored >= h.PostingsFound));
            if (reported >= catalog.All.Count)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), time, stoppingToken);
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        var open = (await reader.SearchAsync(new JobQuery { PageSize = 1 }, stoppingToken)).Total;
        var failing = health.Count(h => h.ConsecutiveFailures > 0);
        logger.LogInformation(
            "Feed ready at {PageUrl} (JSON: {FeedUrl}): {OpenPostings} open postings from {SourceCount} sources ({FailingSources} failing; see {SourcesUrl})",
            $"{address.TrimEnd('/')}/", $"{address.TrimEnd('/')}/api/jobs", open, catalog.All.Count, failing, $"{address.TrimEnd('/')}/api/sources");
    }
}
