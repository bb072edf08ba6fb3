using JobAggregator.Contracts;

namespace JobAggregator.Store;

/// <summary>A posting as the store keeps it.</summary>
/// <param name="Id">The posting key.</param>
/// <param name="Updated">When the content hash last changed; null while the posting is as first seen.</param>
public sealed record StoredPosting(
    string Id,
    string SourceId,
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
    string ContentHash,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? Updated,
    DateTimeOffset? ClosedAt,
    PostingStatus Status);
