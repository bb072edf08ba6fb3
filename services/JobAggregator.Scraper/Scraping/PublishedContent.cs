using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Scraping;

/// <summary>What this process last published of each source: a hash of each posting's content by its key, so a run
/// publishes only the postings that are new or changed since the last run it published, and an unchanged posting costs
/// a hash comparison instead of a normalise and a store write. The run's <see cref="ScrapeCompleted.PostingKeys"/> still
/// lists every posting, and the store counts each listed one as seen. Kept in memory only: after a restart, or on
/// another replica, nothing is known and every posting is published again.</summary>
public sealed class PublishedContent
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, UInt128>> _bySource = new(StringComparer.Ordinal);

    /// <summary>The postings of <paramref name="postings"/> whose content differs from what was last published of
    /// <paramref name="sourceId"/> under the same key, with the hashes of all of them for <see cref="Remember"/>.</summary>
    public ChangedPostings Changed(string sourceId, IReadOnlyList<PostingScraped> postings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(postings);

        var before = _bySource.TryGetValue(sourceId, out var known) ? known : null;
        var hashes = new Dictionary<string, UInt128>(postings.Count, StringComparer.Ordinal);
        var changed = new List<PostingScraped>();
        foreach (var posting in postings)
        {
            var hash = Hash(posting);
            hashes[posting.PostingKey] = hash;
            if (before is null || !before.TryGetValue(posting.PostingKey, out var previous) || previous != hash)
            {
                changed.Add(posting);
            }
        }

        return new ChangedPostings(changed, hashes);
    }

    /// <summary>Records what a run published, once it is published: the next run compares with it. A posting the run did
    /// not list is forgotten, so it is published again when it comes back.</summary>
    public void Remember(string sourceId, ChangedPostings published)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(published);
        _bySource[sourceId] = published.Hashes;
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
