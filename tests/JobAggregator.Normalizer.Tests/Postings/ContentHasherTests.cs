using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Postings;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests.Postings;

/// <summary>The content hash is what stored postings and the scrapers' state compare, so it must stay the same value
/// for the same content from one version to the next: SHA-256 of the length-prefixed fields' text as one UTF-8 string,
/// written here the plain way and compared with the hasher that streams the fields.</summary>
public sealed class ContentHasherTests
{
    private static readonly PostingNormalized Normalized =
        new PostingNormalizer(OrganizationDirectory.Empty).Normalize(SeedPostings.OhioPublicDefender());

    [Fact]
    public void A_normalised_posting_hashes_as_the_length_prefixed_text_of_its_fields()
    {
        Assert.Equal(PlainHash(Normalized), ContentHasher.Compute(Normalized));
    }

    [Fact]
    public void Any_text_hashes_as_the_length_prefixed_text_of_its_fields_lone_surrogates_and_long_text_included()
    {
        var text = Gen.OneOf(Gen.String, Gen.String[0, 5000], Gen.Char.Array[0, 40].Select(chars => new string(chars)));
        Gen.Select(text, text, text).Sample((title, description, html) =>
        {
            var posting = Normalized with { Title = title, DescriptionText = description, DescriptionHtml = html };
            return ContentHasher.Compute(posting) == PlainHash(posting);
        });
    }

    private static string PlainHash(PostingNormalized posting)
    {
        var content = new StringBuilder();
        void Add(string? value) =>
            content.Append(value is null ? "-;" : $"{value.Length.ToString(CultureInfo.InvariantCulture)}:{value};");
        static string? Amount(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

        Add(posting.Title);
        Add(posting.Organization.Id);
        Add(posting.Organization.Name);
        Add(posting.Location.Text);
        Add(posting.Location.City);
        Add(posting.Location.Region);
        Add(posting.Location.Country);
        Add(posting.Location.Remote ? "remote" : "on-site");
        Add(posting.Location.Hybrid ? "hybrid" : "not-hybrid");
        foreach (var place in posting.Location.OtherPlaces)
        {
            Add($"{place.City}|{place.Region}|{place.Country}");
        }

        Add(posting.Location.OtherPlaces.Count.ToString(CultureInfo.InvariantCulture));
        Add(posting.EmploymentType);
        Add(Amount(posting.Salary?.Min));
        Add(Amount(posting.Salary?.Max));
        Add(posting.Salary?.Currency);
        Add(posting.Salary?.Period);
        Add(posting.Salary?.Text);
        Add(Amount(posting.Salary?.AnnualMin));
        Add(Amount(posting.Salary?.AnnualMax));
        Add(posting.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(posting.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(posting.DescriptionText);
        Add(posting.DescriptionHtml);
        Add(posting.Url);
        Add(posting.ApplyUrl);
        Add(string.Join(',', posting.Categories));
        Add(posting.Language);
        Add(posting.OpenUntilFilled ? "open-until-filled" : "closes");
        Add(posting.SourceOrganizationId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }
}
