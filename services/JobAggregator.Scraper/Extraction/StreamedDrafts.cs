namespace JobAggregator.Scraper.Extraction;

/// <summary>A listing's postings made one at a time, each when it is asked for, from its item of an answer that is
/// kept as bytes, in memory or in a file: a board of 100,000 postings is then never held as 100,000 drafts, nor as one document of the whole
/// answer. A draft is made again each time it is asked for, so a reader that goes through the list once (the run that
/// publishes it) holds one at a time.</summary>
internal sealed class StreamedDrafts : IReadOnlyList<PostingDraft>
{
    private readonly Func<int, ReadOnlyMemory<byte>> _item;
    private readonly Func<ReadOnlyMemory<byte>, PostingDraft> _map;
    private readonly IReadOnlyList<string?> _titles;

    /// <param name="count">How many items there are.</param>
    /// <param name="item">Gives the bytes of a posting's item, by its index (from the answer in memory, or read from its
    /// file).</param>
    /// <param name="map">Makes a posting's draft from its item's bytes.</param>
    /// <param name="complete">Every item gives the posting's full ad, as <see cref="PageExtraction.Complete"/> says.</param>
    /// <param name="titles">Each item's title as its draft gives it, read with the items, so that postings can be left out
    /// by their titles (<see cref="Where"/>) without their drafts made.</param>
    public StreamedDrafts(int count, Func<int, ReadOnlyMemory<byte>> item, Func<ReadOnlyMemory<byte>, PostingDraft> map, bool complete,
        IReadOnlyList<string?> titles)
    {
        Count = count;
        _item = item;
        _map = map;
        Complete = complete;
        _titles = titles;
    }

    public int Count { get; }

    /// <summary>Every posting holds its full ad: known from the items without making their drafts.</summary>
    public bool Complete { get; }

    public PostingDraft this[int index] =>
        (uint)index < (uint)Count ? _map(_item(index)) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The first <paramref name="count"/> postings, still made when asked for.</summary>
    public StreamedDrafts Take(int count) => count >= Count ? this : new(Math.Max(0, count), _item, _map, Complete, _titles);

    /// <summary>The postings whose titles <paramref name="keep"/> keeps, told by the titles read with the items: no draft
    /// is made for it.</summary>
    public StreamedDrafts Where(Func<string?, bool> keep)
    {
        var kept = new List<int>(Count);
        for (var i = 0; i < Count; i++)
        {
            if (keep(_titles[i]))
            {
                kept.Add(i);
            }
        }

        return kept.Count == Count ? this : new(kept.Count, i => _item(kept[i]), _map, Complete, kept.ConvertAll(i => _titles[i]));
    }

    /// <summary>The postings, each changed by <paramref name="then"/> when it is made; a change keeps the title.</summary>
    public StreamedDrafts Select(Func<PostingDraft, PostingDraft> then) => new(Count, _item, item => then(_map(item)), Complete, _titles);

    public IEnumerator<PostingDraft> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
