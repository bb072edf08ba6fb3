using System.Collections;

namespace JobAggregator.Scraper.Scraping;

/// <summary>The keys a run listed, in order, for <see cref="Contracts.ScrapeCompleted.PostingKeys"/>: held as their
/// numbers (16 bytes a key instead of a string's 88), each spelled when it is read, as the message is written.</summary>
internal sealed class ListedKeys(IReadOnlyList<UInt128> numbers, PostingHashes spelledBy) : IReadOnlyList<string>
{
    public int Count => numbers.Count;

    public string this[int index] => spelledBy.KeyOf(numbers[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < numbers.Count; i++)
        {
            yield return spelledBy.KeyOf(numbers[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
