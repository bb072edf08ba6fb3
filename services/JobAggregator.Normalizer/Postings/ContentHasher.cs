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
        var content = new StringBuilder();
        Add(content, posting.Title);
        Add(content, posting.Organization.Id);
        Add(content, posting.Organization.Name);
        Add(content, posting.Location.Text);
        Add(content, posting.Location.City);
        Add(content, posting.Location.Region);
        Add(content, posting.Location.Country);
        Add(content, posting.Location.Remote ? "remote" : "on-site");
        Add(content, posting.Location.Hybrid ? "hybrid" : "not-hybrid");
        foreach (var place in posting.Location.OtherPlaces)
        {
            Add(content, $"{place.City}|{place.Region}|{place.Country}");
        }

        Add(content, posting.Location.OtherPlaces.Count.ToString(CultureInfo.InvariantCulture));
        Add(content, posting.EmploymentType);
        Add(content, Amount(posting.Salary?.Min));
        Add(content, Amount(posting.Salary?.Max));
        Add(content, posting.Salary?.Currency);
        Add(content, posting.Salary?.Period);
        Add(content, posting.Salary?.Text);
        Add(content, Amount(posting.Salary?.AnnualMin));
        Add(content, Amount(posting.Salary?.AnnualMax));
        Add(content, posting.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(content, posting.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(content, posting.DescriptionText);
        Add(content, posting.DescriptionHtml);
        Add(content, posting.Url);
        Add(content, posting.ApplyUrl);
        Add(content, string.Join(',', posting.Categories));
        Add(content, posting.Language);
        Add(content, posting.OpenUntilFilled ? "open-until-filled" : "closes");
        Add(content, posting.SourceOrganizationId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }

    // Length-prefixed, so no value can pass for the end of one field and the start of the next.
    private static void Add(StringBuilder content, string? value)
    {
        if (value is null)
        {
            content.Append("-;");
        }
        else
        {
            content.Append(value.Length).Append(':').Append(value).Append(';');
        }
    }

    private static string? Amount(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture);
}
