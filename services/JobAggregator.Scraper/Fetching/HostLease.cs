namespace JobAggregator.Scraper.Fetching;

/// <summary>The turn of one request at a host; disposing it ends the turn and starts the gap before the next.</summary>
internal sealed class HostLease(HostState state, TimeProvider time) : IDisposable
{
    private bool _disposed;

    public (DateTimeOffset Until, int Status)? HeldOff
    {
        get => state.HeldOff;
        set => state.HeldOff = value;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        state.LastFinished = time.GetUtcNow();
        state.Turn.Release();
    }
}
