namespace JobAggregator.Scraper.Scheduling;

/// <summary>Whether this process's scheduler is the one that fires: two schedulers started against one broker by
/// mistake must not both ask for every scrape. Only the holder publishes; the other waits to take over.</summary>
public interface ISchedulerLease
{
    bool IsHeld { get; }
}
