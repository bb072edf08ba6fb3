using System.Security.Cryptography;
using System.Text;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Scraping;

/// <summary>One source's <see cref="PublishedState"/> on disk: a version mark, the source's id, when everything was
/// last published, each key with its hash, the listing read (version 2: whether there is one, then its fingerprint,
/// strategy and kind), then a SHA-256 of all that, so a file cut short or changed by anything else
/// is told from a good one. Written to a temporary file and moved over the old one, so a reader sees one or the
/// other whole.</summary>
internal static class PublishedContentFile
{
    public const string Extension = ".published";

    private static readonly byte[] Mark = "JAPUB2"u8.ToArray();

    /// <summary>Files written before the listing read was kept: read as having none.</summary>
    private static readonly byte[] MarkWithoutListing = "JAPUB1"u8.ToArray();

    /// <summary>The file of <paramref name="sourceId"/> in <paramref name="folder"/>; the id is escaped, so it cannot
    /// name another folder.</summary>
    public static string PathOf(string folder, string sourceId) => Path.Combine(folder, Uri.EscapeDataString(sourceId) + Extension);

    public static async Task WriteAsync(string path, string sourceId, PublishedState state, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(64 + (state.Hashes.Count * 56));
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Mark);
            writer.Write(sourceId);
            writer.Write(state.FullyPublishedAt.UtcTicks);
            writer.Write(state.Hashes.Count);
            foreach (var (key, hash) in state.Hashes.Entries)
            {
                writer.Write(key);
                writer.Write((ulong)(hash >> 64));
                writer.Write((ulong)hash);
            }

            writer.Write(state.Listing is not null);
            if (state.Listing is { } listing)
            {
                writer.Write((ulong)(listing.Fingerprint >> 64));
                writer.Write((ulong)listing.Fingerprint);
                writer.Write(listing.ExtractedBy);
                writer.Write((int)listing.Listing);
            }
        }

        var checksum = SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length));
        content.Write(checksum);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content.GetBuffer().AsMemory(0, (int)content.Length), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <exception cref="InvalidDataException">The file is not one of these, is cut short, does not match its checksum
    /// or belongs to another source.</exception>
    public static PublishedState Read(string path, string sourceId)
    {
        var bytes = File.ReadAllBytes(path);
        var withListing = bytes.AsSpan().StartsWith(Mark);
        if (bytes.Length < Mark.Length + SHA256.HashSizeInBytes || !(withListing || bytes.AsSpan().StartsWith(MarkWithoutListing)))
        {
            throw new InvalidDataException("it is not a file of published content");
        }

        var payload = bytes.Length - SHA256.HashSizeInBytes;
        if (!SHA256.HashData(bytes.AsSpan(0, payload)).AsSpan().SequenceEqual(bytes.AsSpan(payload)))
        {
            throw new InvalidDataException("its checksum does not match its content (cut short or changed)");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Mark.Length, payload - Mark.Length), Encoding.UTF8);
            var owner = reader.ReadString();
            if (owner != sourceId)
            {
                throw new InvalidDataException($"it holds source '{owner}'");
            }

            var fullyPublishedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var count = reader.ReadInt32();
            if (count < 0 || count > payload / 17)
            {
                throw new InvalidDataException($"it claims {count} postings");
            }

            var hashes = new PostingHashes(count);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var upper = reader.ReadUInt64();
                hashes.Set(key, new UInt128(upper, reader.ReadUInt64()));
            }

            ListingRead? listing = null;
            if (withListing && reader.ReadBoolean())
            {
                var upper = reader.ReadUInt64();
                var fingerprint = new UInt128(upper, reader.ReadUInt64());
                var extractedBy = reader.ReadString();
                var kind = (ListingKind)reader.ReadInt32();
                listing = Enum.IsDefined(kind) ? new ListingRead(fingerprint, extractedBy, kind) : throw new InvalidDataException($"it names listing kind {(int)kind}");
            }

            return new PublishedState(fullyPublishedAt, hashes, listing);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or FormatException or DecoderFallbackException)
        {
            throw new InvalidDataException($"its content does not read as published content ({e.Message})", e);
        }
    }
}
