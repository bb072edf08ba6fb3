namespace JobAggregator.Store.SourceAlerts;

/// <summary>The alert state of each source (<see cref="SourceAlertState"/>), one record per source, created on its
/// first write.</summary>
public interface ISourceAlertStore
{
    /// <summary>Creates the table or collection; safe to run again.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>Every source with a recorded state.</summary>
    Task<IReadOnlyList<SourceAlertState>> ListAsync(CancellationToken ct);

    /// <summary>Raises <paramref name="kind"/> for the source, replacing any alert raised before, not yet notified.</summary>
    Task RaiseAsync(string sourceId, string kind, DateTimeOffset at, CancellationToken ct);

    /// <summary>Records that every notification of the raised alert went out.</summary>
    Task MarkNotifiedAsync(string sourceId, DateTimeOffset at, CancellationToken ct);

    /// <summary>Clears the raised alert: the source recovered.</summary>
    Task ClearAsync(string sourceId, CancellationToken ct);

    /// <summary>Mutes the source's alerts until <paramref name="until"/>; null unmutes it.</summary>
    Task MuteAsync(string sourceId, DateTimeOffset? until, CancellationToken ct);
}
