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
    PostingStatus Status)
{
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>ISO 639-1.</summary>
    public string? Language { get; init; }

    public bool OpenUntilFilled { get; init; }

    /// <summary>The stated posting date is in the future or long before the posting was first seen, so
    /// <see cref="FirstSeen"/> stands in for it when sorting.</summary>
    public bool DatePostedSuspect { get; init; }

    /// <summary>Why the posting closed: a value of <see cref="ClosedReasons"/>; null while open.</summary>
    public string? ClosedReason { get; init; }

    /// <summary>The canonical id of the organisation the source belongs to.</summary>
    public string? SourceOrganizationId { get; init; }

    /// <summary>The opening this posting belongs to; postings of other sources for the same opening share it.</summary>
    public string? ClusterId { get; init; }

    /// <summary>Why the other postings of the cluster were taken for the same opening; null when alone.</summary>
    public string? MergeReason { get; init; }

    /// <summary>The other postings of the same opening, from other sources.</summary>
    public IReadOnlyList<SeenElsewhere> AlsoSeenAt { get; init; } = [];

    /// <summary>Content changes, oldest first; filled when one posting is read by id.</summary>
    public IReadOnlyList<PostingRevision> Revisions { get; init; } = [];
}
