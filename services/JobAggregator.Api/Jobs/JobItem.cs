using JobAggregator.Contracts;
using JobAggregator.Store;

namespace JobAggregator.Api.Jobs;

/// <summary>One posting as the API, the feeds and the preview command show it.</summary>
public sealed record JobItem(
    string Id,
    string Title,
    JobOrganization Organization,
    JobLocation Location,
    string? EmploymentType,
    JobSalary? Salary,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    string? Url,
    string? ApplyUrl,
    string? Description,
    string? DescriptionText,
    string SourceId,
    string ExtractedBy,
    string Status,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    DateTimeOffset? Updated,
    DateTimeOffset? ClosedAt)
{
    public static JobItem From(StoredPosting posting) => new(
        posting.Id,
        posting.Title,
        JobOrganization.From(posting.Organization),
        JobLocation.From(posting.Location),
        posting.EmploymentType,
        JobSalary.From(posting.Salary),
        posting.DatePosted,
        posting.ValidThrough,
        posting.Url,
        posting.ApplyUrl,
        posting.DescriptionHtml,
        posting.DescriptionText,
        posting.SourceId,
        posting.ExtractedBy,
        posting.Status == PostingStatus.Open ? "open" : "closed",
        posting.FirstSeen,
        posting.LastSeen,
        posting.Updated,
        posting.ClosedAt);

    /// <summary>A posting that has not been stored: what the preview command prints.</summary>
    public static JobItem From(PostingNormalized posting) => new(
        posting.PostingKey,
        posting.Title,
        JobOrganization.From(posting.Organization),
        JobLocation.From(posting.Location),
        posting.EmploymentType,
        JobSalary.From(posting.Salary),
        posting.DatePosted,
        posting.ValidThrough,
        posting.Url,
        posting.ApplyUrl,
        posting.DescriptionHtml,
        posting.DescriptionText,
        posting.SourceId,
        posting.ExtractedBy,
        "open",
        FirstSeen: null,
        LastSeen: null,
        Updated: null,
        ClosedAt: null);
}
