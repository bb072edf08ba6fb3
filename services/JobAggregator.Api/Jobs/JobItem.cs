using JobAggregator.Contracts;
using JobAggregator.Store;
using JobAggregator.Store.Postings;

namespace JobAggregator.Api.Jobs;

/// <summary>One opening as the API, the feeds and the preview command show it.</summary>
/// <param name="DatePostedSuspect">The stated posting date is in the future or long before the posting was first seen;
/// <paramref name="FirstSeen"/> is the better guess.</param>
/// <param name="OpenUntilFilled">The posting takes applications until the job is filled, or on a rolling basis.</param>
/// <param name="ClosedReason">missing (its source stopped listing it), gone (its page answers 404/410) or expired
/// (past its closing date).</param>
/// <param name="AlsoSeenAt">Other sources the same opening was picked up from.</param>
/// <param name="MergeReason">Why those were taken for the same opening.</param>
/// <param name="Revisions">Content changes, oldest first; only on <c>/api/jobs/{id}</c>.</param>
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
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Categories,
    string? Language,
    bool OpenUntilFilled,
    bool DatePostedSuspect,
    string? ClosedReason,
    IReadOnlyList<JobSeenElsewhere> AlsoSeenAt,
    string? MergeReason,
    IReadOnlyList<JobRevision>? Revisions)
{
    /// <summary>The last successful run of the posting's source, when the source has failed ever since for longer than
    /// <c>Sources:QuarantineAfterDays</c>: the posting stays open, but nobody has seen it at its source since then.
    /// Null for a source in good health and for closed postings.</summary>
    public DateTimeOffset? SourceUnconfirmedSince { get; init; }

    public static JobItem From(StoredPosting posting, bool withRevisions = false) => From(posting.Content) with
    {
        Status = JobStatus.Of(posting.Status),
        FirstSeen = posting.FirstSeen,
        LastSeen = posting.LastSeen,
        Updated = posting.Updated,
        ClosedAt = posting.ClosedAt,
        DatePostedSuspect = posting.DatePostedSuspect,
        ClosedReason = posting.ClosedReason,
        AlsoSeenAt = posting.AlsoSeenAt.Select(JobSeenElsewhere.From).ToList(),
        MergeReason = posting.MergeReason,
        Revisions = withRevisions ? posting.Revisions.Select(JobRevision.From).ToList() : null,
    };

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
        ClosedAt: null,
        posting.Categories,
        posting.Language,
        posting.OpenUntilFilled,
        DatePostedSuspect: false,
        ClosedReason: null,
        AlsoSeenAt: [],
        MergeReason: null,
        Revisions: null);
}
