using System.Collections.Concurrent;

namespace JobAggregator.Scraper.Fetching;

/// <summary>The robots rules of each origin (scheme, host and port), read once and kept for the lifetime their
/// reader gives; concurrent fetches to an origin wait for its one robots.txt request.</summary>
internal sealed class RobotsCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RobotsCacheEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _reading = new(StringComparer.Ordinal);

    public async Task<RobotsRules> GetAsync(
        string origin, Func<CancellationToken, Task<(RobotsRules Rules, TimeSpan Lifetime)>> read, CancellationToken cancellationToken)
    {
        if (Fresh(origin) is { } cached)
        {
            return cached;
        }

        var turn = _reading.GetOrAdd(origin, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(origin) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var (rules, lifetime) = await read(cancellationToken);
            _entries[origin] = new RobotsCacheEntry(rules, time.GetUtcNow() + lifetime);
            return rules;
        }
        finally
        {
            turn.Release();
        }
    }

    private RobotsRules? Fresh(string origin) =>
        _entries.TryGetValue(origin, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Rules : null;
}
