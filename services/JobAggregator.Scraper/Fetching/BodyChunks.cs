namespace JobAggregator.Scraper.Fetching;

/// <summary>A body of unknown length gathered in chunks that grow with it, then copied once into an array of exactly its
/// size: at most the body twice over for that moment, where a growing <see cref="MemoryStream"/> and its
/// <c>ToArray</c> held up to three to four times a large board.</summary>
internal sealed class BodyChunks
{
    private const int FirstChunkBytes = 16 * 1024;

    /// <summary>Chunks stay below the large-object heap's threshold (85,000 bytes), so a body's chunks are collected with
    /// the short-lived objects rather than fragmenting the large-object heap.</summary>
    private const int LargestChunkBytes = 80 * 1024;

    private readonly List<byte[]> _full = [];
    private byte[] _current = new byte[FirstChunkBytes];
    private int _used;

    public long Length { get; private set; }

    /// <summary>Where the next read goes: the free end of the current chunk, at most <paramref name="most"/> bytes.</summary>
    public Memory<byte> Free(long most)
    {
        if (_used == _current.Length)
        {
            _full.Add(_current);
            _current = new byte[Math.Min(LargestChunkBytes, _current.Length * 2)];
            _used = 0;
        }

        return _current.AsMemory(_used, (int)Math.Min(_current.Length - _used, most));
    }

    /// <summary>Counts <paramref name="read"/> bytes just read into <see cref="Free"/>'s memory.</summary>
    public void Advance(int read)
    {
        _used += read;
        Length += read;
    }

    public byte[] ToArray()
    {
        var body = new byte[Length];
        var at = 0;
        foreach (var chunk in _full)
        {
            chunk.CopyTo(body, at);
            at += chunk.Length;
        }

        _current.AsSpan(0, _used).CopyTo(body.AsSpan(at));
        return body;
    }
}
