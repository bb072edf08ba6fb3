using System.Collections.Concurrent;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>The scheduler's memory of each source's consecutive failures, learnt from the outcomes of its runs on the
/// bus: the scheduler has no store in distributed mode. It starts knowing nothing and learns from the next outcome.</summary>
internal sealed class SourceBackOffTracker(SourceCatalog catalog, IOptions<SourceBackOffOptions> options)
{
    private readonly ConcurrentDictionary<string, FailureStreak> _streaks = new(StringComparer.Ordinal);

    public void RecordFailure(string sourceId, DateTimeOffset failedAt) =>
        _streaks.AddOrUpdate(
            sourceId,
            _ => new FailureStreak(1, failedAt),
            (_, streak) => failedAt <= streak.LastFailureAt ? streak : new FailureStreak(streak.Failures + 1, failedAt));

    /// <summary>A run that ended after the latest failure ends the streak; an older one, delivered late, does not.</summary>
    public void RecordSuccess(string sourceId, DateTimeOffset finishedAt)
    {
        if (_streaks.TryGetValue(sourceId, out var streak) && finishedAt > streak.LastFailureAt)
        {
            _streaks.TryRemove(new KeyValuePair<string, FailureStreak>(sourceId, streak));
        }
    }

    /// <summary>A failure streak read from the store at start-up, where the process has one; an outcome already learnt
    /// from the bus is newer and wins.</summary>
    public void Recall(string sourceId, int consecutiveFailures, DateTimeOffset lastFailureAt)
    {
        if (consecutiveFailures > 0)
        {
            _streaks.TryAdd(sourceId, new FailureStreak(consecutiveFailures, lastFailureAt));
        }
    }

    public int ConsecutiveFailures(string sourceId) => _streaks.TryGetValue(sourceId, out var streak) ? streak.Failures : 0;

    /// <summary>The first slot the source may be scraped at again; null when it is not backing off.</summary>
    public DateTimeOffset? NextAttemptAt(string sourceId) =>
        _streaks.TryGetValue(sourceId, out var streak) && catalog.Find(sourceId) is { } source
            ? SourceBackOff.NextAttemptAt(source.Schedule, streak.Failures, streak.LastFailureAt, options.Value.MaxBackoff)
            : null;

    private sealed record FailureStreak(int Failures, DateTimeOffset LastFailureAt);
}
