using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Scraping;

/// <summary>One run's postings of a source compared, one by one as they are published, with what was last published of
/// it; it keeps the hash of every posting the run listed, for <see cref="PublishedContent.RememberAsync"/>, and their
/// keys in the order they came.</summary>
public sealed class ContentComparison
{
    private readonly PostingHashes? _before;
    private PostingHashes? _hashes;
    private List<UInt128>? _listed;

    /// <param name="before">The hashes last published, or null when nothing is known: every posting is then changed.</param>
    /// <param name="lastRead">The listing those were read from, when it was read from its page alone.</param>
    internal ContentComparison(PostingHashes? before, DateTimeOffset fullyPublishedAt, ListingRead? lastRead = null)
    {
        _before = before;
        FullyPublishedAt = fullyPublishedAt;
        LastRead = before is null ? null : lastRead;
    }

    /// <summary>The listing the postings last published were read from, when it was read from its page alone; null when
    /// the run publishes everything.</summary>
    public ListingRead? LastRead { get; }

    /// <summary>The key of every posting last published: the postings of <see cref="LastRead"/>.</summary>
    public IEnumerable<string> PublishedKeys => PublishedKeyList;

    /// <summary><see cref="PublishedKeys"/> as the list a run whose listing is unchanged completes with.</summary>
    internal IReadOnlyList<string> PublishedKeyList => _before is null ? [] : new ListedKeys([.. _before.Numbers], _before);

    /// <summary>The key of every posting compared, in the order they were.</summary>
    internal IReadOnlyList<string> ListedKeys => _listed is null ? [] : new ListedKeys(_listed, Hashes);

    /// <summary>When a run last published every posting of the source: this one's start when it does.</summary>
    public DateTimeOffset FullyPublishedAt { get; }

    /// <summary>Whether the run publishes every posting, knowing nothing of what was published before.</summary>
    public bool PublishesEverything => _before is null;

    /// <summary>The hash of every posting compared so far, by key.</summary>
    internal PostingHashes Hashes => _hashes ??= new PostingHashes();

    /// <summary>How many postings compared so far are new or changed.</summary>
    public int ChangedCount { get; private set; }

    /// <summary>Sizes what the comparison keeps for the number of postings the run listed, so that a large board's
    /// keys and hashes are not copied into larger and larger tables as they come, each copy left behind for the GC.</summary>
    [MemberNotNull(nameof(_listed), nameof(_hashes))]
    internal void Expect(int listed)
    {
        _listed ??= new List<UInt128>(listed);
        _hashes ??= new PostingHashes(listed);
    }

    /// <summary>Records the posting's hash, and whether it is new or its content differs from what was last published
    /// under its key.</summary>
    public bool Changed(PostingScraped posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var hash = Hash(posting);
        var number = PostingKeyNumbers.Of(posting.PostingKey, out var spelled);
        // Without Expect, a run is taken to list what the last one did.
        Expect(_before?.Count ?? 0);
        _hashes.Set(number, spelled ? null : posting.PostingKey, hash);
        _listed.Add(number);
        var changed = _before is null || !_before.TryGetValue(number, out var previous) || previous != hash;
        ChangedCount += changed ? 1 : 0;
        return changed;
    }

    /// <summary>The content of the posting, without the run it was read in; 128 bits of SHA-256, so two contents never
    /// pass for one in practice.</summary>
    private static UInt128 Hash(PostingScraped posting)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(posting with { ScrapeRunId = Guid.Empty, ScrapedAt = default });
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }
}
