namespace JobAggregator.Scraper.Scheduling;

/// <summary>The lease with the in-memory bus: no other process shares it, so this scheduler always holds it.</summary>
internal sealed class SingleProcessLease : ISchedulerLease
{
    public bool IsHeld => true;
}
