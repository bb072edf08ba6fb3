using JobAggregator.Store.Messaging;

namespace JobAggregator.Store;

/// <summary>Whether the store can write, from the outcome of its real writes rather than a ping: failing from the first
/// write an outage stopped until the next one that succeeds. A message that can never be written (malformed, or
/// refused by one row's constraint) says nothing about the store and is not counted.</summary>
public sealed class StoreWriteHealth(TimeProvider time)
{
    private readonly Lock _gate = new();
    private (DateTimeOffset Since, string Error)? _failing;

    /// <summary>When writes started failing and the latest failure's message; null while writes work.</summary>
    public (DateTimeOffset Since, string Error)? Failing
    {
        get
        {
            lock (_gate)
            {
                return _failing;
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _failing = null;
        }
    }

    public void Failed(Exception exception)
    {
        if (!StoreOutages.IsOutage(exception))
        {
            return;
        }

        lock (_gate)
        {
            _failing = (_failing?.Since ?? time.GetUtcNow(), exception.Message);
        }
    }
}
