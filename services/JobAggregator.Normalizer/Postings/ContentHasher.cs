using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Postings;

/// <summary>A fingerprint of what a posting says, so the same content always hashes the same whichever run scraped it.
/// </summary>
internal static class ContentHasher
{
    /// <summary>Lower-case hex SHA-256 over the normalised content fields, parsed ones included (annual pay,
    /// hybrid, other places, categories, language, open until filled, the source's organisation); the source, run,
    /// scrape time, key, extractor and the hash itself are left out.</summary>
    public static string Compute(PostingNormalized posting)
    {
        // Each field goes to the hash as it is encoded, rather than through one string of the whole posting and its
        // bytes: the description makes that a few kilobytes copied twice per posting.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            Add(hash, ref buffer, posting.Title);
            Add(hash, ref buffer, posting.Organization.Id);
            Add(hash, ref buffer, posting.Organization.Name);
            Add(hash, ref buffer, posting.Location.Text);
            Add(hash, ref buffer, posting.Location.City);
            Add(hash, ref buffer, posting.Location.Region);
            Add(hash, ref buffer, posting.Location.Country);
            Add(hash, ref buffer, posting.Location.Remote ? "remote" : "on-site");
            Add(hash, ref buffer, posting.Location.Hybrid ? "hybrid" : "not-hybrid");
            foreach (var place in posting.Location.OtherPlaces)
            {
                Add(hash, ref buffer, $"{place.City}|{place.Region}|{place.Country}");
            }

            Add(hash, ref buffer, posting.Location.OtherPlaces.Count.ToString(CultureInfo.InvariantCulture));
            Add(hash, ref buffer, posting.EmploymentType);
            Add(hash, ref buffer, Amount(posting.Salary?.Min));
            Add(hash, ref buffer, Amount(posting.Salary?.Max));
            Add(hash, ref buffer, posting.Salary?.Currency);
            Add(hash, ref buffer, posting.Salary?.Period);
            Add(hash, ref buffer, posting.Salary?.Text);
            Add(hash, ref buffer, Amount(posting.Salary?.AnnualMin));
            Add(hash, ref buffer, Amount(posting.Salary?.AnnualMax));
            Add(hash, ref buffer, posting.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(hash, ref buffer, posting.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(hash, ref buffer, posting.DescriptionText);
            Add(hash, ref buffer, posting.DescriptionHtml);
            Add(hash, ref buffer, posting.Url);
            Add(hash, ref buffer, posting.ApplyUrl);
            Add(hash, ref buffer, string.Join(',', posting.Categories));
            Add(hash, ref buffer, posting.Language);
            Add(hash, ref buffer, posting.OpenUntilFilled ? "open-until-filled" : "closes");
            Add(hash, ref buffer, posting.SourceOrganizationId);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    // Length-prefixed ("5:Clerk;", null as "-;"), so no value can pass for the end of one field and the start of the
    // next; the UTF-8 of each field in turn, which is the UTF-8 of them all written one after the other.
    private static void Add(IncrementalHash hash, ref byte[] buffer, string? value)
    {
        if (value is null)
        {
            hash.AppendData("-;"u8);
            return;
        }

        Span<byte> length = stackalloc byte[12];
        value.Length.TryFormat(length, out var written, provider: CultureInfo.InvariantCulture);
        length[written] = (byte)':';
        hash.AppendData(length[..(written + 1)]);

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length) + 1;
        if (buffer.Length < needed)
        {
            var larger = ArrayPool<byte>.Shared.Rent(needed);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var bytes = Encoding.UTF8.GetBytes(value, buffer);
        buffer[bytes] = (byte)';';
        hash.AppendData(buffer, 0, bytes + 1);
    }

    private static string? Amount(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture);
}
