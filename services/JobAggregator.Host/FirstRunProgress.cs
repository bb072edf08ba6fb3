using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store.Reading;

namespace JobAggregator.Host;

/// <summary>How far the start-up runs have got, source by source: done (its run since start-up is recorded, and its
/// postings stored, or it failed), skipped (paused, or backing off after failures, so the scheduler does not ask for
/// it at start-up), or awaited.</summary>
internal sealed record FirstRunProgress(IReadOnlyList<string> Done, IReadOnlyList<string> Skipped, IReadOnlyList<string> Awaited, int PostingsStored)
{
    /// <summary>A run recorded a little before the reporter's start still counts: the start-up trigger fires as the
    /// host starts.</summary>
    private static readonly TimeSpan StartSlack = TimeSpan.FromSeconds(5);

    public bool Complete => Awaited.Count == 0;

    /// <param name="sources">The catalog's sources.</param>
    /// <param name="health">The store's health of each source, as now.</param>
    /// <param name="atStart">The health as it was when the host started, which says who backs off at start-up.</param>
    /// <param name="paused">Sources an operator paused.</param>
    /// <param name="since">When the host started.</param>
    /// <param name="maxBackoff">The scheduler's longest back-off (<c>Scheduler:MaxBackoffHours</c>).</param>
    public static FirstRunProgress Of(
        IReadOnlyList<SourceDefinition> sources,
        IReadOnlyList<SourceHealth> health,
        IReadOnlyList<SourceHealth> atStart,
        IReadOnlySet<string> paused,
        DateTimeOffset since,
        TimeSpan maxBackoff)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var now = health.ToDictionary(h => h.SourceId, StringComparer.Ordinal);
        var before = atStart.ToDictionary(h => h.SourceId, StringComparer.Ordinal);
        List<string> done = [], skipped = [], awaited = [];
        var stored = 0;
        foreach (var source in sources)
        {
            var current = now.GetValueOrDefault(source.Id);
            if (current is { LastRunAt: { } ranAt } && ranAt >= since - StartSlack)
            {
                // A run is recorded before its postings have made their way through the normalizer: wait for those too.
                var finished = current.ConsecutiveFailures > 0 || current.PostingsStored >= current.PostingsFound;
                (finished ? done : awaited).Add(source.Id);
                stored += current.PostingsStored;
            }
            else if (paused.Contains(source.Id) || BacksOff(source, before.GetValueOrDefault(source.Id), since, maxBackoff))
            {
                skipped.Add(source.Id);
            }
            else
            {
                awaited.Add(source.Id);
            }
        }

        return new FirstRunProgress(done, skipped, awaited, stored);
    }

    private static bool BacksOff(SourceDefinition source, SourceHealth? atStart, DateTimeOffset since, TimeSpan maxBackoff) =>
        atStart is { ConsecutiveFailures: > 0 } failing
        && SourceBackOff.NextAttemptAt(source.Schedule, failing.ConsecutiveFailures, failing.LastFailureAt, maxBackoff) is { } next
        && next > since;
}
