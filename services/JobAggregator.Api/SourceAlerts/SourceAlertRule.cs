using JobAggregator.Store.Reading;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Which alert, if any, a source's health calls for.</summary>
internal static class SourceAlertRule
{
    /// <param name="raised">The alert raised now; an empty source stays empty until a run lists postings again, even
    /// when the run before it listed none either.</param>
    /// <returns>A <see cref="SourceAlertKind"/>; null when the source is well.</returns>
    public static string? Evaluate(SourceHealth? health, string? raised, int failuresBeforeAlert)
    {
        if (health is null || health.LastRunAt is null)
        {
            return null;
        }

        if (health.ConsecutiveFailures >= failuresBeforeAlert)
        {
            return SourceAlertKind.Failing;
        }

        // A failure or two after an alert of another kind leaves that alert as it was, rather than clearing it.
        if (health.ConsecutiveFailures > 0 && raised is not null)
        {
            return raised;
        }

        if (health.LastSuccessAt is not null
            && health.PostingsFound == 0
            && (health.PreviousPostingsFound > 0 || raised == SourceAlertKind.Empty))
        {
            return SourceAlertKind.Empty;
        }

        return health.PartialDrop ? SourceAlertKind.PartialDrop : null;
    }
}
