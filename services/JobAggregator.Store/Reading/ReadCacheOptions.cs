using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Store.Reading;

/// <summary>The <c>Store:ReadCache</c> section: how many answers of the read side are kept, and for how long at most
/// (<see cref="CachingPostingReader"/>).</summary>
public sealed class ReadCacheOptions
{
    public const string SectionName = "Store:ReadCache";

    /// <summary>Searches, facet counts and postings kept at once; the least recently used go first.</summary>
    [Range(1, 1_000_000)]
    public int Entries { get; set; } = 2000;

    /// <summary>The longest an answer is kept even when the store says nothing changed; 0 turns the cache off.</summary>
    [Range(0, 86_400)]
    public int Seconds { get; set; } = 60;
}
