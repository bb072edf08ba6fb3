using JobAggregator.Sources;
using JobAggregator.Store.SourceAlerts;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Mutes a source's alerts for a while, or unmutes them, from the api (for the operator console: see
/// <see cref="SourceAlertRegistration.MapSourceAlertMutes"/>).</summary>
internal sealed class SourceAlertMutes(SourceCatalog catalog, ISourceAlertStore store, TimeProvider time)
{
    /// <returns>False when no source has <paramref name="sourceId"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is not in the future.</exception>
    public async Task<bool> MuteAsync(string sourceId, DateTimeOffset? until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        if (catalog.Find(sourceId) is null)
        {
            return false;
        }

        if (until is { } moment && moment <= time.GetUtcNow())
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "until must be in the future; leave it out to unmute.");
        }

        await store.MuteAsync(sourceId, until, ct);
        return true;
    }
}
