namespace JobAggregator.Store.Sqlite;

/// <summary>Which postings belong to given openings, as a condition on <c>seq</c>. An opening's id is "o-" and the id of
/// the posting that started it (<see cref="Openings.OpeningClusterIds"/>), so that posting is found by its id; only the
/// postings that joined it later are in <c>ix_postings_cluster_joined</c> (schema step 13). Indexing every posting by
/// its opening id, a random key for nearly all of them (a posting alone starts its own), wrote a page of that index per
/// posting of a first import.</summary>
internal static class SqliteOpeningMembers
{
    /// <summary>The partial index's condition, written here as it is there so that SQLite's planner can use it.</summary>
    private const string Joined = "m.cluster_id <> 'o-' || m.id";

    /// <summary><c>seq IN (...)</c> on <paramref name="row"/> (a table's name or alias): the postings of the openings whose
    /// ids <paramref name="openingIds"/> gives, a subquery of one column named <c>value</c>, such as
    /// <c>SELECT value FROM json_each(@ids)</c>.</summary>
    public static string SeqIn(string row, string openingIds) => $"""
        {row}.seq IN (
            SELECT m.seq FROM postings m
            WHERE m.id IN (SELECT substr(value, 3) FROM ({openingIds}))
                AND m.cluster_id = 'o-' || m.id AND m.cluster_id IN ({openingIds})
            UNION ALL
            SELECT m.seq FROM postings m WHERE m.cluster_id IN ({openingIds}) AND {Joined})
        """;
}
