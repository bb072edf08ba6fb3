using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Discovery;

/// <summary>The careers pages found per source, remembered in memory for this process, so that a site is searched
/// once a week (<see cref="DiscoveryOptions.RememberFor"/>) rather than on every scrape.</summary>
public sealed class DiscoveredPages(IOptions<DiscoveryOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, (DiscoveryResult Result, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    /// <summary>The result remembered for the source, unless it has expired or was found for another website (the
    /// sources file changed).</summary>
    public bool TryGet(string sourceId, Uri website, [NotNullWhen(true)] out DiscoveryResult? result)
    {
        if (_entries.TryGetValue(sourceId, out var entry) && entry.Result.Website == website && timeProvider.GetUtcNow() < entry.Until)
        {
            result = entry.Result;
            return true;
        }

        result = null;
        return false;
    }

    /// <summary>Keeps a result: one that found a page for <see cref="DiscoveryOptions.RememberFor"/>, one that found
    /// none for <see cref="DiscoveryOptions.RememberNothingFoundFor"/>.</summary>
    public void Remember(string sourceId, DiscoveryResult result)
    {
        var lifetime = result.Best is null ? options.Value.RememberNothingFoundFor : options.Value.RememberFor;
        _entries[sourceId] = (result, timeProvider.GetUtcNow() + lifetime);
    }

    /// <summary>Drops what is remembered for the source, such as when the page found no longer exists.</summary>
    public void Forget(string sourceId) => _entries.TryRemove(sourceId, out _);

    /// <summary>The remembered result, or a new one from <paramref name="find"/>, which is then remembered.</summary>
    public async Task<DiscoveryResult> GetOrFindAsync(
        string sourceId, Uri website, Func<CancellationToken, Task<DiscoveryResult>> find, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(find);
        if (TryGet(sourceId, website, out var remembered))
        {
            return remembered;
        }

        var found = await find(ct);
        Remember(sourceId, found);
        return found;
    }
}
