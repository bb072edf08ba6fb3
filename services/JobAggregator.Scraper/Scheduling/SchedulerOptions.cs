using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Scraper.Scheduling;

public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Each scheduled scrape waits a random delay up to this, so sources sharing a schedule do not all fire at
    /// the same second.</summary>
    [Range(0, 3600)]
    public int MaxJitterSeconds { get; set; } = 30;

    /// <summary>Scrape every source once at start-up, so a new installation shows postings at once.</summary>
    public bool ScrapeOnStart { get; set; } = true;
}
