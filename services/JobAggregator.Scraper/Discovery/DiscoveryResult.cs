namespace JobAggregator.Scraper.Discovery;

/// <summary>What was found on a website as its careers or jobs page.</summary>
/// <param name="Website">The page discovery started from.</param>
/// <param name="Candidates">The likely pages, best first; empty when none was found.</param>
/// <param name="Requests">Pages and sitemaps asked for, found or not.</param>
/// <param name="Problem">Why nothing was found, when nothing was; null otherwise.</param>
public sealed record DiscoveryResult(Uri Website, IReadOnlyList<CareersPageCandidate> Candidates, int Requests, string? Problem)
{
    /// <summary>The page to read postings from; null when nothing was found.</summary>
    public CareersPageCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
