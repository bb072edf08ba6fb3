namespace JobAggregator.Scraper.Scheduling;

/// <summary>The sources the scheduler skips: loaded once from the store's answer at start-up, then kept up to date by
/// the SourcePaused and SourceResumed events. An event that arrives before the store's answer is newer than it, so it
/// wins over the answer for its source.</summary>
public sealed class PausedSources
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _paused = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _changedBeforeLoad = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsLoaded => _loaded.Task.IsCompleted;

    /// <summary>Takes the store's list of paused sources; only the first answer counts.</summary>
    public void Load(IEnumerable<string> pausedSourceIds)
    {
        ArgumentNullException.ThrowIfNull(pausedSourceIds);
        lock (_gate)
        {
            if (IsLoaded)
            {
                return;
            }

            foreach (var sourceId in pausedSourceIds.Where(id => !_changedBeforeLoad.ContainsKey(id)))
            {
                _paused.Add(sourceId);
            }

            _changedBeforeLoad.Clear();
            _loaded.SetResult();
        }
    }

    public void Pause(string sourceId) => Change(sourceId, paused: true);

    public void Resume(string sourceId) => Change(sourceId, paused: false);

    /// <summary>Whether the source is paused; waits until the store has answered, so that no scrape of a paused source
    /// is requested in the moments after start-up.</summary>
    public async Task<bool> IsPausedAsync(string sourceId, CancellationToken ct)
    {
        await _loaded.Task.WaitAsync(ct);
        lock (_gate)
        {
            return _paused.Contains(sourceId);
        }
    }

    private void Change(string sourceId, bool paused)
    {
        lock (_gate)
        {
            if (!IsLoaded)
            {
                _changedBeforeLoad[sourceId] = paused;
            }

            if (paused)
            {
                _paused.Add(sourceId);
            }
            else
            {
                _paused.Remove(sourceId);
            }
        }
    }
}
