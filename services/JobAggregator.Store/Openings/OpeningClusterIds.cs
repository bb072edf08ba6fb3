namespace JobAggregator.Store.Openings;

/// <summary>An opening's id: "o-" and the id of the posting seen first (the smallest id among those seen at the same
/// moment), so it stays the same as later copies join.</summary>
internal static class OpeningClusterIds
{
    public const string Prefix = "o-";

    public static string For(IEnumerable<(string PostingId, DateTimeOffset FirstSeen)> members) =>
        Prefix + members
            .OrderBy(member => member.FirstSeen)
            .ThenBy(member => member.PostingId, StringComparer.Ordinal)
            .First().PostingId;
}
