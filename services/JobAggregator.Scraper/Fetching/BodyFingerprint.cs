using System.Security.Cryptography;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Asks a fetch for a SHA-256 fingerprint of the body, hashed as the body arrives, after what
/// <paramref name="prefix"/> adds for the answer's address and type. A body whose fingerprint is
/// <paramref name="known"/> is not kept (<see cref="FetchedPage.KnownBodyBytes"/>): an unchanged 45 MB board then
/// costs its hash, not an array of it.</summary>
/// <param name="prefix">Adds to the hash what comes before the body: the answer's address (after redirects) and its
/// Content-Type header as sent.</param>
/// <param name="known">The fingerprint of a body the caller already has what it needs from, if any.</param>
public sealed class BodyFingerprint(Action<IncrementalHash, Uri, string?> prefix, UInt128? known = null)
{
    public UInt128? Known => known;

    /// <summary>A hash with the prefix of the answer at <paramref name="url"/> added: the body goes on after it.</summary>
    public IncrementalHash Start(Uri url, string? contentType)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        prefix(hash, url, contentType);
        return hash;
    }

    /// <summary>The first 128 bits of the digest: two bodies never pass for one in practice.</summary>
    public static UInt128 Finish(IncrementalHash hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }
}
