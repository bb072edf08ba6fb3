using System.Collections.Concurrent;

namespace JobAggregator.Normalizer.Caching;

/// <summary>Results of a pure function kept by their input, for the inputs a board repeats on every posting (its few
/// location texts). Thread-safe. Holds at most <see cref="Capacity"/> entries: past that it starts over empty, which
/// costs a few recomputations and never grows with the number of postings.</summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);

    public int Capacity { get; } = capacity > 0
        ? capacity
        : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");

    public int Count => _entries.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(key);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries.TryAdd(key, value);
        return value;
    }
}
