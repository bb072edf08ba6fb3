using System.Text.Json;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Where each object of a top-level array field lies in a JSON body (<c>{"jobs": [{...}, {...}]}</c>), found
/// by one pass of a <see cref="Utf8JsonReader"/> over the bytes: a board's items can then be read one at a time
/// instead of as one document of the whole answer. The pass reads the whole body, so an answer that is not valid JSON
/// anywhere is told before any item is used, as a document of it would be. A body kept in a file is read in blocks,
/// never whole.</summary>
internal static class JsonArrayItems
{
    /// <summary>Comments and trailing commas allowed, as <see cref="PageContent.Json"/> allows them.</summary>
    public static readonly JsonReaderOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private const int FileBlockBytes = 64 * 1024;

    /// <summary>The byte range of every object of the root object's <paramref name="arrayName"/> array, in order (items
    /// that are not objects are passed over); null when the root is not an object, holds no such array, or names the
    /// field twice (a document of it would read only one).</summary>
    /// <param name="visit">Given each item's bytes as it is found.</param>
    /// <exception cref="MalformedJsonException">The body is not valid JSON: says where, and in which answer.</exception>
    public static List<Range>? Find(ReadOnlySpan<byte> body, string arrayName, Uri url, JsonItemVisitor? visit = null)
    {
        var scan = new JsonArrayScan(arrayName, url, visit);
        scan.Read(body, 0, 0, final: true);
        return scan.Items;
    }

    /// <summary>As <see cref="Find(ReadOnlySpan{byte}, string, Uri, JsonItemVisitor?)"/> for a body kept in a file, read
    /// from <paramref name="start"/> in blocks; the ranges are the file's.</summary>
    /// <param name="blockBytes">How much is read at a time (tests make it small); a block grows to hold an item longer
    /// than it.</param>
    public static List<Range>? Find(SpooledBody body, int start, string arrayName, Uri url, JsonItemVisitor? visit = null, int blockBytes = FileBlockBytes)
    {
        var scan = new JsonArrayScan(arrayName, url, visit);
        var buffer = new byte[blockBytes];
        var filled = 0;
        var consumed = 0;
        long bufferAt = start;
        while (true)
        {
            var read = body.Read(bufferAt + filled, buffer.AsSpan(filled));
            filled += read;
            var final = bufferAt + filled >= body.Length;
            consumed += scan.Read(buffer.AsSpan(0, filled), bufferAt, consumed, final);
            if (final)
            {
                return scan.Items;
            }

            // The item being read is kept whole in the buffer, so that it can be visited when it ends.
            var drop = (int)Math.Min(consumed, scan.ItemStart is { } item ? item - bufferAt : consumed);
            buffer.AsSpan(drop, filled - drop).CopyTo(buffer);
            filled -= drop;
            consumed -= drop;
            bufferAt += drop;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }
}
