namespace JobAggregator.Scraper.Fetching;

/// <summary>A body of unknown length gathered in chunks that grow with it, then copied once into an array of exactly its
/// size: at most the body twice over for that moment, where a growing <see cref="MemoryStream"/> and its
/// <c>ToArray</c> held up to three to four times a large board. Past <c>spoolFromBytes</c> the body goes on to a
/// temporary file instead (<see cref="Spooled"/>), and only one chunk is held.</summary>
/// <param name="spoolFromBytes">The length past which the body is moved to a file; null keeps it in memory.</param>
internal sealed class BodyChunks(long? spoolFromBytes = null) : IDisposable
{
    private const int FirstChunkBytes = 16 * 1024;

    /// <summary>Chunks stay below the large-object heap's threshold (85,000 bytes), so a body's chunks are collected with
    /// the short-lived objects rather than fragmenting the large-object heap.</summary>
    private const int LargestChunkBytes = 80 * 1024;

    private readonly List<byte[]> _full = [];
    private byte[] _current = new byte[FirstChunkBytes];
    private int _used;

    public long Length { get; private set; }

    /// <summary>The body moved to a file once it passed the length to spool from; null while it is in memory.</summary>
    public SpooledBody? Spooled { get; private set; }

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
        Length += read;
        if (Spooled is { } file)
        {
            file.Append(_current.AsSpan(0, read));
            return;
        }

        _used += read;
        if (Length > spoolFromBytes)
        {
            Spool();
        }
    }

    /// <summary>What was gathered written to a new file, and the current chunk reused for every read after.</summary>
    private void Spool()
    {
        var file = SpooledBody.Create();
        foreach (var chunk in _full)
        {
            file.Append(chunk);
        }

        file.Append(_current.AsSpan(0, _used));
        _full.Clear();
        _current = new byte[LargestChunkBytes];
        _used = 0;
        Spooled = file;
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

    /// <summary>The file the body went to, now the caller's to dispose.</summary>
    public SpooledBody HandOver()
    {
        var file = Spooled ?? throw new InvalidOperationException("The body is in memory, not in a file.");
        Spooled = null;
        return file;
    }

    /// <summary>Closes the file of a body not handed over.</summary>
    public void Dispose() => Spooled?.Dispose();
}
