namespace JobAggregator.Scraper.Messaging;

/// <summary>Publishes at once: the default, for a bus whose broker holds what is published.</summary>
internal sealed class NoPostingBackPressure : IPostingBackPressure
{
    public ValueTask WaitForRoomAsync(int postings, CancellationToken ct) => ValueTask.CompletedTask;
}
