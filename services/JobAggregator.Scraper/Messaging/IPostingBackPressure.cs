namespace JobAggregator.Scraper.Messaging;

/// <summary>Holds the scraper's publishing back while too many of its postings are still on their way to the store,
/// where the bus keeps them in memory (the in-memory bus of one process); a broker keeps them on disk, and needs none.
/// </summary>
public interface IPostingBackPressure
{
    /// <summary>Returns once <paramref name="postings"/> more postings may be published.</summary>
    ValueTask WaitForRoomAsync(int postings, CancellationToken ct);

    /// <summary>Postings published and not yet consumed by the store, where that can be known and matters: none on a
    /// broker, which keeps them.</summary>
    long InFlight => 0;
}
