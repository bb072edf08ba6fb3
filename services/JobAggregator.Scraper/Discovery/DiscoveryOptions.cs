using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Scraper.Discovery;

/// <summary>How careers pages are found for sources that give only a website.</summary>
public sealed class DiscoveryOptions
{
    public const string SectionName = "Scraper:Discovery";

    /// <summary>How long a found careers page is used before the site is searched again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RememberFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a search that found nothing stands: shorter, so a page added since is found soon, yet the site
    /// is not searched on every run.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RememberNothingFoundFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Sitemaps of a sitemap index read, the likeliest first.</summary>
    [Range(0, 50)]
    public int MaxChildSitemaps { get; set; } = 5;

    /// <summary>Candidate pages kept in a result.</summary>
    [Range(1, 100)]
    public int MaxCandidates { get; set; } = 10;
}
