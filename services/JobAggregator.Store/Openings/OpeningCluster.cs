namespace JobAggregator.Store.Openings;

/// <summary>Postings taken for one opening.</summary>
/// <param name="ClusterId">Deterministic: the same postings always give the same id.</param>
/// <param name="PrimaryPostingId">The posting shown for the opening.</param>
/// <param name="PostingIds">Every member, the primary first.</param>
/// <param name="MergeReason">Why the members were taken for one opening; null for a cluster of one.</param>
public sealed record OpeningCluster(
    string ClusterId, string PrimaryPostingId, IReadOnlyList<string> PostingIds, string? MergeReason);
