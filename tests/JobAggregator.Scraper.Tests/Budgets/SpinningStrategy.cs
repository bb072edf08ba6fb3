using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A strategy that works on a page without end, as a page built to be expensive makes a real one work: it
/// spins on its thread (never awaiting) until its token is cancelled, or, when it does not check its token, until the
/// test lets it go.</summary>
/// <param name="only">The one page it spins on, when given; it does not apply to any other.</param>
internal sealed class SpinningStrategy(bool checksToken, Uri? only = null) : IListingStrategy
{
    private volatile bool _released;
    private bool _spinning;

    public string Name => "spinning";

    /// <summary>Set while it still spins, until it is let go or cancelled.</summary>
    public bool Spinning { get => Volatile.Read(ref _spinning); private set => Volatile.Write(ref _spinning, value); }

    /// <summary>Lets a strategy that does not check its token return.</summary>
    public void Release() => _released = true;

    public Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (only is not null && page.Url != only)
        {
            return Task.FromResult<StrategyOutcome?>(null);
        }

        Spinning = true;
        try
        {
            while (!_released)
            {
                if (checksToken)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Thread.SpinWait(10_000);
            }

            return Task.FromResult<StrategyOutcome?>(null);
        }
        finally
        {
            Spinning = false;
        }
    }
}
