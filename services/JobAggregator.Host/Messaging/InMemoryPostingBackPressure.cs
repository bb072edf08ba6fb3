using JobAggregator.Contracts;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host.Messaging;

/// <summary>Bounds the postings on their way from the scraper to the store on the in-memory bus, which would otherwise
/// hold a whole run's messages (a 100,000-posting board took more than a gigabyte): the scraper takes room for each
/// posting before publishing it, and a posting gives its room back once the store has consumed it, or once it faulted on
/// the way (the normaliser rejected it, or the store gave up on it). The postings in flight are counted whether they
/// took room or not: at stop the scraper trusts the files of what it published only when none is. How many may be in
/// flight is <see cref="ScraperOptions.MaxPostingsInFlight"/>.</summary>
internal sealed class InMemoryPostingBackPressure : IPostingBackPressure, IConsumeObserver, IDisposable
{
    /// <summary>A posting whose room never comes back (a message lost in a way no observer sees) must not stop the
    /// scraper for good: after this long without room it publishes anyway.</summary>
    private static readonly TimeSpan DefaultLongestWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _room;
    private readonly TimeSpan _longestWait;
    private readonly Lock _gate = new();
    private long _inFlight;

    /// <summary>Of the postings in flight, those published after a wait for room gave up, so holding none.</summary>
    private long _withoutRoom;

    public InMemoryPostingBackPressure(IOptions<ScraperOptions> options)
        : this(options?.Value.MaxPostingsInFlight ?? throw new ArgumentNullException(nameof(options)), DefaultLongestWait)
    {
    }

    internal InMemoryPostingBackPressure(int maxPostingsInFlight, TimeSpan longestWait)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPostingsInFlight);
        MaxPostingsInFlight = maxPostingsInFlight;
        _room = new SemaphoreSlim(maxPostingsInFlight, maxPostingsInFlight);
        _longestWait = longestWait;
    }

    /// <summary>Postings that may be in flight before the scraper waits for room.</summary>
    public int MaxPostingsInFlight { get; }

    /// <summary>Postings published and not yet consumed by the store, with room or without.</summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    public async ValueTask WaitForRoomAsync(int postings, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(postings);
        var taken = 0;
        try
        {
            while (taken < postings && await _room.WaitAsync(_longestWait, ct))
            {
                taken++;
            }
        }
        catch (OperationCanceledException)
        {
            // Nothing is published: the room taken so far would otherwise be lost for good.
            if (taken > 0)
            {
                _room.Release(taken);
            }

            throw;
        }

        lock (_gate)
        {
            _withoutRoom += postings - taken;
            Interlocked.Add(ref _inFlight, postings);
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

    /// <summary>Counts a posting done with, and gives its room back if it took any. No more is counted than was
    /// published (a failed message replayed from the console was not).</summary>
    private void GiveBack()
    {
        lock (_gate)
        {
            if (_inFlight == 0)
            {
                return;
            }

            Interlocked.Decrement(ref _inFlight);
            if (_withoutRoom > 0)
            {
                _withoutRoom--;
                return;
            }
        }

        _room.Release();
    }
}
