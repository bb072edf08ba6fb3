using System.Diagnostics;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The time one page's extraction may take, counted only while it works: the requests a strategy makes of
/// its own (a hiring tool's API, a linked feed) wait on other hosts and on politeness delays, so the clock stops while
/// they run. <see cref="Token"/> is cancelled when the allowance is spent, or when the run itself is cancelled.</summary>
internal sealed class ExtractionBudget : IDisposable
{
    private readonly CancellationTokenSource _spent;
    private readonly CancellationToken _run;
    private readonly Stopwatch _working = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _requestsRunning;

    public ExtractionBudget(TimeSpan allowance, CancellationToken run)
    {
        Allowance = allowance;
        _run = run;
        _spent = CancellationTokenSource.CreateLinkedTokenSource(run);
        _spent.CancelAfter(allowance);
    }

    public TimeSpan Allowance { get; }

    /// <summary>Cancelled when the allowance is spent or the run is cancelled.</summary>
    public CancellationToken Token => _spent.Token;

    /// <summary>The allowance ran out (as opposed to the run being cancelled).</summary>
    public bool Exhausted => _spent.IsCancellationRequested && !_run.IsCancellationRequested;

    /// <summary>The fetcher for the strategies' own requests: each request is bounded by the run, not by this budget,
    /// and stops the clock while it runs.</summary>
    public IPageFetcher Pausing(IPageFetcher fetcher) => new PausingFetcher(fetcher, this);

    public void Dispose() => _spent.Dispose();

    private void Pause()
    {
        lock (_gate)
        {
            if (_requestsRunning++ == 0 && !_spent.IsCancellationRequested)
            {
                _working.Stop();
                _spent.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Resume()
    {
        lock (_gate)
        {
            if (--_requestsRunning > 0 || _spent.IsCancellationRequested)
            {
                return;
            }

            var left = Allowance - _working.Elapsed;
            _working.Start();
            if (left <= TimeSpan.Zero)
            {
                _spent.Cancel();
            }
            else
            {
                _spent.CancelAfter(left);
            }
        }
    }

    private sealed class PausingFetcher(IPageFetcher inner, ExtractionBudget budget) : IPageFetcher
    {
        public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
            WhilePausedAsync(token => inner.FetchAsync(url, token));

        public Task<FetchedPage> FetchAsync(Uri url, FetchOptions options, CancellationToken cancellationToken) =>
            WhilePausedAsync(token => inner.FetchAsync(url, options, token));

        // The strategy's token is this budget's; the request answers to the run's alone, so a request the budget did
        // not pay for is never cut short by it.
        private async Task<FetchedPage> WhilePausedAsync(Func<CancellationToken, Task<FetchedPage>> fetch)
        {
            budget.Token.ThrowIfCancellationRequested();
            budget.Pause();
            try
            {
                return await fetch(budget._run);
            }
            finally
            {
                budget.Resume();
            }
        }
    }
}
