namespace JobAggregator.Scraper.Scraping;

/// <summary>A hash of each posting's content by its key, the key held as its <see cref="PostingKeyNumbers">number</see>:
/// about 40 bytes a posting, where a dictionary of key strings took about 130, which a source of 100,000 postings keeps
/// for as long as the process runs, and twice over while a run compares with it.</summary>
internal sealed class PostingHashes
{
    private readonly Dictionary<UInt128, UInt128> _byNumber;

    /// <summary>The keys that are not their number's spelling (none of those <see cref="PostingKeys.For"/> makes).</summary>
    private Dictionary<UInt128, string>? _unspelled;

    public PostingHashes(int capacity = 0) => _byNumber = new Dictionary<UInt128, UInt128>(capacity);

    public int Count => _byNumber.Count;

    /// <summary>The number of every key, in no particular order.</summary>
    public IEnumerable<UInt128> Numbers => _byNumber.Keys;

    /// <summary>Every key and its hash, in no particular order.</summary>
    public IEnumerable<(string Key, UInt128 Hash)> Entries => _byNumber.Select(entry => (KeyOf(entry.Key), entry.Value));

    public void Set(string key, UInt128 hash)
    {
        var number = PostingKeyNumbers.Of(key, out var spelled);
        Set(number, spelled ? null : key, hash);
    }

    /// <param name="unspelledKey">The key, when it is not the number's spelling.</param>
    public void Set(UInt128 number, string? unspelledKey, UInt128 hash)
    {
        _byNumber[number] = hash;
        if (unspelledKey is not null)
        {
            (_unspelled ??= [])[number] = unspelledKey;
        }
    }

    /// <summary>Gives back the room no key took, for hashes kept until the next run.</summary>
    public void TrimExcess() => _byNumber.TrimExcess();

    public bool TryGetValue(UInt128 number, out UInt128 hash) => _byNumber.TryGetValue(number, out hash);

    /// <summary>The key of a number this holds.</summary>
    public string KeyOf(UInt128 number) =>
        _unspelled is not null && _unspelled.TryGetValue(number, out var key) ? key : PostingKeyNumbers.Spell(number);
}
