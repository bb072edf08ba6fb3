using JobAggregator.Contracts;
using JobAggregator.Normalizer.Caching;
using JobAggregator.Normalizer.Categories;
using JobAggregator.Normalizer.Dates;
using JobAggregator.Normalizer.Descriptions;
using JobAggregator.Normalizer.Employment;
using JobAggregator.Normalizer.Languages;
using JobAggregator.Normalizer.Locations;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Normalizer.Postings;
using JobAggregator.Normalizer.Salary;
using JobAggregator.Normalizer.Text;
using JobAggregator.Normalizer.Urls;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer;

/// <summary>Cleans one scraped posting into the stored shape. Pure and deterministic: no I/O, no clock (relative dates
/// count from when the posting was scraped), and the same content always gives the same
/// <see cref="PostingNormalized.ContentHash"/>. Thread-safe; register it once.</summary>
/// <param name="organizations">The network's organisations, so every name of one gives the same organisation;
/// <see cref="OrganizationDirectory.Empty"/> when there is no sources catalog.</param>
/// <param name="sourceLanguages">The language each source states, for postings too short to tell.</param>
public sealed class PostingNormalizer(OrganizationDirectory organizations, SourceLanguages? sourceLanguages = null)
{
    // A board states the same few places on most of its postings; parsing one costs a dozen regular expressions.
    private const int LocationCacheCapacity = 4096;

    private readonly DescriptionCleaner _descriptions = new();
    private readonly BoundedCache<(string Text, string? CountryHint), NormalizedLocation> _locations = new(LocationCacheCapacity);
    private readonly SourceLanguages _sourceLanguages = sourceLanguages ?? SourceLanguages.None;

    /// <exception cref="ArgumentException">The posting cannot be stored: its title is empty after cleaning, or it names
    /// no organisation and its source none either. Retrying will not help.</exception>
    public PostingNormalized Normalize(PostingScraped scraped)
    {
        ArgumentNullException.ThrowIfNull(scraped);

        var title = TextCleaner.Clean(scraped.Title, FieldLimits.Title)
            ?? throw new ArgumentException(
                $"Posting '{scraped.PostingKey}' from source '{scraped.SourceId}' has no title after cleaning.",
                nameof(scraped));
        var organization = OrganizationNormalizer.Normalize(scraped.Organization, scraped.SourceOrganization, organizations)
            ?? throw new ArgumentException(
                $"Posting '{scraped.PostingKey}' from source '{scraped.SourceId}' names no organisation, and its source none either.",
                nameof(scraped));
        var sourceOrganization = OrganizationNormalizer.Normalize(scraped.SourceOrganization, null, organizations);

        var sourceCountry = Countries.FromHint(scraped.SourceCountry);
        var location = scraped.LocationText is null
            ? LocationParser.Parse(null, sourceCountry)
            : _locations.GetOrAdd((scraped.LocationText, sourceCountry), static place => LocationParser.Parse(place.Text, place.CountryHint));
        var country = location.Country ?? sourceCountry;
        location = RegionFromAddress.Complete(StateFromOrganization.Complete(location, country, organization.Name), country, scraped.OrganizationAddress);
        var url = UrlCleaner.Absolute(scraped.Url, baseUrl: null);
        var description = _descriptions.Clean(scraped.DescriptionHtml, url);
        var openUntilFilled = OpenUntilFilled.InValidThrough(scraped.ValidThroughText) || OpenUntilFilled.InDescription(description.Text);
        var language = LanguageDetector.Detect(title, description.Text, _sourceLanguages.Of(scraped.SourceId));
        // The source's country says how its dates are written; failing that, the posting's own place or language.
        var dateCountry = sourceCountry ?? location.Country;
        var datePosted = DateParser.Parse(scraped.DatePostedText, dateCountry, scraped.ScrapedAt, language);

        var unnormalised = new PostingNormalized(
            scraped.SourceId,
            scraped.ScrapeRunId,
            scraped.ScrapedAt,
            scraped.PostingKey,
            title,
            organization,
            location,
            EmploymentTypeMapper.Map(scraped.EmploymentTypeText),
            Salary(scraped, country),
            datePosted,
            // "Apply by March 10; open until filled": the date is a first review, not a closing.
            OpenUntilFilled.InValidThrough(scraped.ValidThroughText) ? null
                : DateParser.Parse(ApplicationPeriod.End(scraped.ValidThroughText) ?? scraped.ValidThroughText, dateCountry, scraped.ScrapedAt, language)
                    ?? (datePosted is { } posted ? YearlessDates.OnOrAfter(scraped.ValidThroughText, posted) : null),
            description.Html,
            description.Text,
            url,
            UrlCleaner.Absolute(scraped.ApplyUrl, url),
            scraped.ExtractedBy,
            ContentHash: string.Empty)
        {
            Categories = CategoryClassifier.Classify(title, description.Text),
            Language = language,
            OpenUntilFilled = openUntilFilled,
            SourceOrganizationId = sourceOrganization?.Id,
        };
        return unnormalised with { ContentHash = ContentHasher.Compute(unnormalised) };
    }

    // Structured data states pay exactly, so it wins; the ad's own words are kept as the salary's text.
    private static NormalizedSalary? Salary(PostingScraped scraped, string? country)
    {
        var structured = scraped.Salary is null ? null : SalaryParser.FromStructured(scraped.Salary, country);
        return structured is null
            ? SalaryParser.Parse(scraped.SalaryText, country)
            : structured with { Text = TextCleaner.Clean(scraped.SalaryText) };
    }
}
