using System.Collections.Concurrent;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Politeness per host: one request in flight at a time, and at least a given gap between the end of one
/// request and the start of the next. Shared by every scrape in the process.</summary>
internal sealed class HostGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<HostLease> EnterAsync(Uri url, TimeSpan gap, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new HostState());
        await host.Turn.WaitAsync(cancellationToken);
        try
        {
            if (host.LastFinished is { } last && last + gap - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new HostLease(host, time);
        }
        catch
        {
            host.Turn.Release();
            throw;
        }
    }
}
