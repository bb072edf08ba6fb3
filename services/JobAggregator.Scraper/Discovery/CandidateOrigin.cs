namespace JobAggregator.Scraper.Discovery;

/// <summary>Where a candidate careers page was found.</summary>
public enum CandidateOrigin
{
    /// <summary>A link on the website's home page.</summary>
    Link,

    /// <summary>An entry of the site's sitemap.</summary>
    Sitemap,
}
