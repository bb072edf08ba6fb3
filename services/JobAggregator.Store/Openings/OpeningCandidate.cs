using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Openings;

/// <summary>What the clusterer needs to know of one stored posting.</summary>
/// <param name="FromOwnSource">The posting came from its organisation's own page (not from a network listing).</param>
/// <param name="DescriptionLength">Characters of plain-text description; a longer one is the fuller ad.</param>
public sealed record OpeningCandidate(
    string PostingId,
    string SourceId,
    string OrganizationId,
    string Title,
    string? Url,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    PostingStatus Status,
    bool FromOwnSource,
    int DescriptionLength,
    bool HasSalary,
    bool HasLocation);
