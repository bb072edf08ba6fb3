namespace JobAggregator.Contracts;

/// <summary>Where an operator's "scrape now" is sent: a ScrapeRequested sent to this queue, not published, so it is not
/// queued behind the scheduled runs waiting on the scrapers' shared queue. Every scraper also reads this one.</summary>
public static class ScrapeNowEndpoint
{
    public const string Name = "scrape-now";

    public static Uri Address { get; } = new($"queue:{Name}");
}
