namespace JobAggregator.Store.SourceAlerts;

/// <summary>What operators and the member were told about one source, so an alert goes out once when it is raised and
/// once when the source recovers, not on every run.</summary>
/// <param name="Kind">The raised alert (failing, empty, partial-drop); null when none is raised.</param>
/// <param name="RaisedAt">When the alert was raised; null when none is.</param>
/// <param name="NotifiedAt">When every notification of the raised alert went out; null while some have yet to.</param>
/// <param name="MutedUntil">No notification about the source goes out before this moment; null when not muted.</param>
public sealed record SourceAlertState(
    string SourceId,
    string? Kind,
    DateTimeOffset? RaisedAt,
    DateTimeOffset? NotifiedAt,
    DateTimeOffset? MutedUntil);
