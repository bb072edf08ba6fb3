namespace JobAggregator.Scraper.Fetching;

/// <summary>What the politeness gate knows of one host.</summary>
internal sealed class HostState
{
    /// <summary>Held for the whole of a request to the host, body included: one request in flight per host.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public DateTimeOffset? LastFinished { get; set; }

    /// <summary>When the host said (Retry-After on a 429 or 503) we may ask again, and the status that said it.</summary>
    public (DateTimeOffset Until, int Status)? HeldOff { get; set; }
}
