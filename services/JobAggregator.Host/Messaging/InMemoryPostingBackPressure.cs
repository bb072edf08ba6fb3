using JobAggregator.Contracts;
using JobAggregator.Scraper.Messaging;
using MassTransit;

namespace JobAggregator.Host.Messaging;

/// <summary>Bounds the postings on their way from the scraper to the store on the in-memory bus, which would otherwise
/// hold a whole run's messages (a 100,000-posting board took more than a gigabyte): the scraper takes room for each
/// posting before publishing it, and a posting gives its room back once the store has consumed it, or once it faulted on
/// the way (the normaliser rejected it, or the store gave up on it).</summary>
internal sealed class InMemoryPostingBackPressure : IPostingBackPressure, IConsumeObserver, IDisposable
{
    /// <summary>Enough to keep the normaliser and the store's batches busy, a few megabytes of messages.</summary>
    public const int MaxPostingsInFlight = 2048;

    /// <summary>A posting whose room never comes back (a message lost in a way no observer sees) must not stop the
    /// scraper for good: after this long without room it publishes anyway.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _room = new(MaxPostingsInFlight, MaxPostingsInFlight);
    private long _taken;

    /// <summary>Postings published and not yet consumed by the store.</summary>
    public long InFlight => Interlocked.Read(ref _taken);

    public async ValueTask WaitForRoomAsync(int postings, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(postings);
        for (var i = 0; i < postings; i++)
        {
            if (!await _room.WaitAsync(LongestWait, ct))
            {
                return;
            }

            Interlocked.Increment(ref _taken);
        }
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (typeof(T) == typeof(PostingNormalized))
        {
            GiveBack();
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (typeof(T) == typeof(PostingNormalized) || typeof(T) == typeof(PostingScraped))
        {
            GiveBack();
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _room.Dispose();

    /// <summary>Gives back no more room than was taken (a posting published before a wait gave up took none).</summary>
    private void GiveBack()
    {
        long taken;
        do
        {
            taken = Interlocked.Read(ref _taken);
            if (taken == 0)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _taken, taken - 1, taken) != taken);

        _room.Release();
    }
}
