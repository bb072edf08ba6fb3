using Microsoft.Win32.SafeHandles;

namespace JobAggregator.Scraper.Fetching;

/// <summary>A response body kept in a temporary file instead of memory (<see cref="FetchOptions.SpoolFromBytes"/>):
/// a board of 100,000 postings is about 45 MB, which its reader goes through one posting at a time. The file loses its
/// name as soon as it is made, so nothing is left behind whatever happens to the process; its space is freed when the
/// body is disposed, or collected.</summary>
public sealed class SpooledBody : IDisposable
{
    private const int BlockBytes = 64 * 1024;

    private readonly SafeFileHandle _file;

    private SpooledBody(SafeFileHandle file) => _file = file;

    public long Length { get; private set; }

    internal static SpooledBody Create()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jobaggregator-body-{Guid.NewGuid():N}");
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Where an open file cannot lose its name, it goes when closed (DeleteOnClose).
        }

        return new SpooledBody(file);
    }

    internal void Append(ReadOnlySpan<byte> bytes)
    {
        RandomAccess.Write(_file, bytes, Length);
        Length += bytes.Length;
    }

    /// <summary>Fills <paramref name="into"/> from <paramref name="offset"/>, or as much of it as the body has left.</summary>
    /// <returns>The bytes read.</returns>
    public int Read(long offset, Span<byte> into)
    {
        var filled = 0;
        int read;
        while (filled < into.Length && (read = RandomAccess.Read(_file, into[filled..], offset + filled)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>The bytes of <paramref name="range"/>, in an array of their own.</summary>
    public byte[] Read(Range range)
    {
        var (start, length) = range.GetOffsetAndLength(checked((int)Length));
        var bytes = new byte[length];
        Read(start, bytes);
        return bytes;
    }

    /// <summary>The whole body in one array: for a reader that cannot go through it a piece at a time.</summary>
    public byte[] ReadAll() => Read(..);

    /// <summary>Whether <paramref name="bytes"/> occur anywhere in the body, across the blocks it is read in.</summary>
    public bool Contains(ReadOnlySpan<byte> bytes)
    {
        var overlap = bytes.Length - 1;
        var buffer = new byte[BlockBytes + overlap];
        var kept = 0;
        for (long offset = 0; offset < Length;)
        {
            var read = Read(offset, buffer.AsSpan(kept, BlockBytes));
            if (read == 0)
            {
                break;
            }

            offset += read;
            var window = buffer.AsSpan(0, kept + read);
            if (window.IndexOf(bytes) >= 0)
            {
                return true;
            }

            kept = Math.Min(overlap, window.Length);
            window[^kept..].CopyTo(buffer);
        }

        return false;
    }

    /// <summary>The body in blocks of at most 64 KiB, each valid until the next is asked for.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Blocks()
    {
        var buffer = new byte[BlockBytes];
        for (long offset = 0; offset < Length;)
        {
            var read = Read(offset, buffer);
            if (read == 0)
            {
                yield break;
            }

            offset += read;
            yield return buffer.AsMemory(0, read);
        }
    }

    public void Dispose() => _file.Dispose();
}
