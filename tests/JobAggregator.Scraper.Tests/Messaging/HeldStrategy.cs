using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Messaging;

/// <summary>A strategy that holds the run reading <paramref name="only"/> until the test lets it go, as a large source
/// holds a scraper's slot; it does not apply to any other page.</summary>
internal sealed class HeldStrategy(Uri only) : IListingStrategy
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;
    private int _holding;

    public string Name => "held";

    /// <summary>How many runs have reached the page.</summary>
    public int Entered => Volatile.Read(ref _entered);

    /// <summary>Set while a run is held.</summary>
    public bool Holding => Volatile.Read(ref _holding) > 0;

    public void Release() => _released.TrySetResult();

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Url != only)
        {
            return null;
        }

        Interlocked.Increment(ref _entered);
        Interlocked.Increment(ref _holding);
        try
        {
            await _released.Task.WaitAsync(cancellationToken);
            return null;
        }
        finally
        {
            Interlocked.Decrement(ref _holding);
        }
    }
}
