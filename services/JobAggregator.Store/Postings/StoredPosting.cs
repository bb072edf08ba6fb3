using JobAggregator.Contracts;

namespace JobAggregator.Store.Postings;

/// <summary>A posting as the store keeps it: the content of the message that last changed it, and its lifecycle.
/// </summary>
/// <param name="Content">The message whose content is stored, as sent: a field added to <see cref="PostingNormalized"/>
/// is stored and read back with it.</param>
/// <param name="Updated">When the content hash last changed; null while the posting is as first seen.</param>
public sealed record StoredPosting(
    PostingNormalized Content,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? Updated,
    DateTimeOffset? ClosedAt,
    PostingStatus Status)
{
    /// <summary>The posting key.</summary>
    public string Id => Content.PostingKey;

    /// <summary>The stated posting date is in the future or long before the posting was first seen, so
    /// <see cref="FirstSeen"/> stands in for it when sorting.</summary>
    public bool DatePostedSuspect { get; init; }

    /// <summary>Why the posting closed: a value of <see cref="ClosedReasons"/>; null while open.</summary>
    public string? ClosedReason { get; init; }

    /// <summary>The opening this posting belongs to; postings of other sources for the same opening share it.</summary>
    public string? ClusterId { get; init; }

    /// <summary>Why the other postings of the cluster were taken for the same opening; null when alone.</summary>
    public string? MergeReason { get; init; }

    /// <summary>The other postings of the same opening, from other sources.</summary>
    public IReadOnlyList<SeenElsewhere> AlsoSeenAt { get; init; } = [];

    /// <summary>Content changes, oldest first; filled when one posting is read by id.</summary>
    public IReadOnlyList<PostingRevision> Revisions { get; init; } = [];
}
