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

    /// <summary>The fingerprint a fetch of the source's listing page makes as the body arrives; a body with the
    /// fingerprint <paramref name="known"/> is not kept.</summary>
    public static BodyFingerprint For(SourceDefinition source, ScraperOptions limits, UInt128? known)
    {
        var definition = JsonSerializer.SerializeToUtf8Bytes(source);
        return new BodyFingerprint((hash, url, contentType) => Prefix(hash, definition, limits, url, contentType), known);
    }

    /// <summary>The fingerprint of a page fetched whole.</summary>
    public static UInt128 Of(SourceDefinition source, ScraperOptions limits, FetchedPage page)
    {
        using var hash = For(source, limits, null).Start(page.Url, page.ContentType);
        if (page.Spooled is { } file)
        {
            foreach (var block in file.Blocks())
            {
                hash.AppendData(block.Span);
            }
        }
        else
        {
            hash.AppendData(page.Body);
        }

        return BodyFingerprint.Finish(hash);
    }

    private static void Prefix(IncrementalHash hash, byte[] definition, ScraperOptions limits, Uri url, string? contentType)
    {
        hash.AppendData(Build);
        hash.AppendData(definition);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"{limits.MaxPostingsPerRun}\n{limits.MaxListingPages}\n{limits.MaxDetailPages}\n{url.AbsoluteUri}\n{contentType}\n")));
    }
}
