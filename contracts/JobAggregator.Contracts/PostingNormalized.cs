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
    string ContentHash)
{
    /// <summary>Values of <see cref="PostingCategories"/>; at least one, <see cref="PostingCategories.Other"/> when no
    /// other fits.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>ISO 639-1 language of the title and description, when it could be told.</summary>
    public string? Language { get; init; }

    /// <summary>The posting says it stays open until filled, or takes applications on a rolling basis.</summary>
    public bool OpenUntilFilled { get; init; }

    /// <summary>The canonical id of the organisation the source belongs to: equal to <see cref="Organization"/>'s id
    /// when the posting comes from the organisation's own page.</summary>
    public string? SourceOrganizationId { get; init; }
}
