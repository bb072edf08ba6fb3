using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

/// <summary>What the postings of a listing read from its page alone follow from: the page's bytes (with its address and
/// type), the source's definition, the limits of a run and this build of the scraper. Two reads with the same
/// fingerprint extract the same postings.</summary>
internal static class ListingFingerprint
{
    // Another build may read the same bytes differently.
    private static readonly byte[] Build = typeof(ListingFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    public static UInt128 Of(SourceDefinition source, ScraperOptions limits, FetchedPage page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Build);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(source));
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"{limits.MaxPostingsPerRun}\n{limits.MaxListingPages}\n{limits.MaxDetailPages}\n{page.Url.AbsoluteUri}\n{page.ContentType}\n")));
        hash.AppendData(page.Body);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }
}
