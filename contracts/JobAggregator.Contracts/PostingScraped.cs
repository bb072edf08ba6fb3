namespace JobAggregator.Contracts;

/// <summary>One posting as the scraper found it: raw text, not yet cleaned. <paramref name="PostingKey"/> is stable
/// for the same opening of the same source across runs.</summary>
public sealed record PostingScraped(
    string SourceId,
    Guid ScrapeRunId,
    DateTimeOffset ScrapedAt,
    string PostingKey,
    string Title,
    string? Organization,
    string? LocationText,
    string? EmploymentTypeText,
    string? SalaryText,
    ScrapedSalary? Salary,
    string? DatePostedText,
    string? ValidThroughText,
    string? DescriptionHtml,
    string? Url,
    string? ApplyUrl,
    string ExtractedBy)
{
    /// <summary>The organisation the source belongs to, used when the posting names none.</summary>
    public string? SourceOrganization { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the source, a hint for locations and currencies.</summary>
    public string? SourceCountry { get; init; }

    /// <summary>The postal address the page states for its organisation (an <c>address</c> element, its footer), as
    /// written: a hint for the region of a place that names only a town, never a place of its own.</summary>
    public string? OrganizationAddress { get; init; }
}
