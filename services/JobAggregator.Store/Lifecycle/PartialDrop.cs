using JobAggregator.Contracts;

namespace JobAggregator.Store.Lifecycle;

/// <summary>A run that lists far fewer postings than the source's last reading run did is more likely a page that came
/// back half-read (a timeout mid-listing, a filter left on, a broken widget) than an organisation that filled most of its
/// openings at once; such a run closes nothing from its misses, and the source's health says so, so operators hear of it.
/// Postings it found gone (404 or 410) are still closed, and count as accounted for.</summary>
internal static class PartialDrop
{
    /// <param name="foundBefore">Postings listed by the source's latest earlier successful run that listed any; null when
    /// there was none.</param>
    /// <param name="ratio"><see cref="StoreOptions.PartialDropRatio"/>; 0 turns the guard off.</param>
    public static bool Applies(ScrapeCompleted run, int? foundBefore, double ratio)
    {
        ArgumentNullException.ThrowIfNull(run);

        if (ratio <= 0 || foundBefore is not > 0 || !MissedRuns.CountAgainstUnlisted(run))
        {
            return false;
        }

        var accountedFor = run.PostingKeys.Count + run.GonePostingKeys.Count;
        return accountedFor < foundBefore.Value * ratio;
    }
}
