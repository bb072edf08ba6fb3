namespace JobAggregator.Contracts;

/// <summary>One posting cleaned into the stored shape.</summary>
public sealed record PostingNormalized(
    string SourceId,
    Guid ScrapeRunId,
    DateTimeOffset ScrapedAt,
    string PostingKey,
    string Title,
    NormalizedOrganization Organization,
    NormalizedLocation Location,
    string? EmploymentType,
    NormalizedSalary? Salary,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    string? DescriptionHtml,
    string? DescriptionText,
    string? Url,
    string? ApplyUrl,
    string ExtractedBy,
    string ContentHash);
