using JobAggregator.Api.Alerts;
using JobAggregator.Sources;
using JobAggregator.Store.Reading;
using JobAggregator.Store.SourceAlerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>One pass over the sources' health: raises an alert once when a source starts failing, goes empty or drops
/// sharply (<see cref="SourceAlertRule"/>), and clears it with one "recovered" notice when the source is well again. The
/// state kept in the store (<see cref="ISourceAlertStore"/>) makes every notice go out once, whichever api replica runs
/// the pass; a notice that could not go out is tried again on the next pass. A muted source is left alone: nothing is
/// sent and its state does not move until the mute ends.</summary>
internal sealed class SourceAlertChecks(
    SourceCatalog catalog,
    IPostingReader reader,
    ISourceAlertStore store,
    SourceAlertNotifier notifier,
    IOptions<SourceAlertOptions> options,
    IOptions<AlertOptions> alerts,
    TimeProvider time,
    ILogger<SourceAlertChecks> logger) : IDisposable
{
    private readonly SemaphoreSlim _onePass = new(1, 1);

    public async Task RunAsync(CancellationToken ct)
    {
        await _onePass.WaitAsync(ct);
        try
        {
            var health = (await reader.GetSourceHealthAsync(ct)).ToDictionary(h => h.SourceId, StringComparer.Ordinal);
            var states = (await store.ListAsync(ct)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
            foreach (var source in catalog.All)
            {
                var state = states.GetValueOrDefault(source.Id);
                if (IsMuted(source, state))
                {
                    continue;
                }

                try
                {
                    await CheckAsync(source, health.GetValueOrDefault(source.Id), state, ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    SourceAlertLog.NotifyFailed(logger, source.Id, exception);
                }
            }
        }
        finally
        {
            _onePass.Release();
        }
    }

    public void Dispose() => _onePass.Dispose();

    private async Task CheckAsync(SourceDefinition source, SourceHealth? health, SourceAlertState? state, CancellationToken ct)
    {
        var raised = state?.Kind;
        var kind = SourceAlertRule.Evaluate(health, raised, options.Value.FailuresBeforeAlert);
        if (kind is not null && health is not null)
        {
            if (kind != raised)
            {
                await store.RaiseAsync(source.Id, kind, time.GetUtcNow(), ct);
            }
            else if (state?.NotifiedAt is not null)
            {
                return;
            }

            var check = CheckUrl(source);
            var member = source.Contact is { } contact ? (contact, SourceAlertWriter.ToMember(kind, source, health, check)) : ((string, SourceAlertNotice)?)null;
            await notifier.NotifyAsync(source.Id, "raised", kind, SourceAlertWriter.ToOperators(kind, source, health, check), member, ct);
            await store.MarkNotifiedAsync(source.Id, time.GetUtcNow(), ct);
            SourceAlertLog.Raised(logger, source.Id, kind);
        }
        else if (raised is not null)
        {
            // Nobody heard of an alert never notified, so nobody needs to hear it is over.
            if (state?.NotifiedAt is not null)
            {
                var member = source.Contact is { } contact && health is not null
                    ? (contact, SourceAlertWriter.RecoveredToMember(source, health))
                    : ((string, SourceAlertNotice)?)null;
                await notifier.NotifyAsync(source.Id, "recovered", raised, SourceAlertWriter.RecoveredToOperators(source, health), member, ct);
            }

            await store.ClearAsync(source.Id, ct);
            SourceAlertLog.Recovered(logger, source.Id, raised);
        }
    }

    private bool IsMuted(SourceDefinition source, SourceAlertState? state)
    {
        var now = time.GetUtcNow();
        return source.MuteAlertsUntil > now
            || state?.MutedUntil > now
            || (options.Value.MutedUntil.TryGetValue(source.Id, out var until) && until > now);
    }

    private string CheckUrl(SourceDefinition source) =>
        $"{alerts.Value.PublicBaseUrl.TrimEnd('/')}/check?url={Uri.EscapeDataString(source.Url.AbsoluteUri)}";
}
