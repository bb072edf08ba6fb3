using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Scraper;

public sealed class ScraperOptions
{
    public const string SectionName = "Scraper";

    /// <summary>Names the product so site owners know who is calling; operators add their contact URL or address.</summary>
    [Required]
    public string UserAgent { get; set; } = "JobAggregator/0.1 (job openings of member organisations; set Scraper:UserAgent to add a contact)";

    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    [Range(1024, 100 * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Retries of a request that timed out, failed to connect or answered 5xx/429, with exponential backoff.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 2;

    [Range(1, 100)]
    public int MaxListingPages { get; set; } = 10;

    [Range(0, 500)]
    public int MaxDetailPages { get; set; } = 100;

    [Range(1, 64)]
    public int ConcurrentScrapes { get; set; } = 4;
}
