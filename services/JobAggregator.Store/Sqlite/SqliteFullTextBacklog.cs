namespace JobAggregator.Store.Sqlite;

/// <summary>The postings a batch inserted that the full-text index does not hold yet, indexed together in one statement.
/// </summary>
/// <remarks>FTS5 writes what it was given as a new segment of its index whenever a statement or savepoint starts, so
/// indexing each posting as it was inserted (a trigger, inside the posting's savepoint) made a segment per posting and
/// merged segments over and over: most of a first import's write, and more as the index grew. A posting inserted in the
/// batch is indexed before it is written again (the index's update trigger takes out what the index holds for it) and
/// outside any posting's savepoint, so a posting rolled back takes no one else's entries with it. Rows are told apart by
/// <c>seq</c>: the one writer's new rows are those above the highest when the batch (or its last indexing) began.
/// </remarks>
internal sealed class SqliteFullTextBacklog
{
    private const string HighestSeq = "SELECT COALESCE(MAX(seq), 0) FROM postings;";

    private const string IndexAfter = """
        INSERT INTO postings_fts (rowid, title, organization_name, location_search, description_text)
        SELECT seq, title, organization_name, location_search, description_text FROM postings WHERE seq > @after;
        """;

    private readonly HashSet<string> _unindexed = new(StringComparer.Ordinal);
    private long _indexedThrough;

    private SqliteFullTextBacklog(long indexedThrough) => _indexedThrough = indexedThrough;

    public static async Task<SqliteFullTextBacklog> StartAsync(SqliteReusedCommands commands, CancellationToken ct) =>
        new((long)(await commands.For(HighestSeq).ExecuteScalarAsync(ct))!);

    /// <summary>Whether <paramref name="postingId"/> was inserted since the last indexing.</summary>
    public bool Holds(string postingId) => _unindexed.Contains(postingId);

    public void Inserted(string postingId) => _unindexed.Add(postingId);

    /// <summary>Indexes every posting inserted since the last indexing.</summary>
    public async Task IndexAsync(SqliteReusedCommands commands, CancellationToken ct)
    {
        if (_unindexed.Count == 0)
        {
            return;
        }

        await commands.For(IndexAfter).With("@after", _indexedThrough).ExecuteNonQueryAsync(ct);
        _indexedThrough = (long)(await commands.For(HighestSeq).ExecuteScalarAsync(ct))!;
        _unindexed.Clear();
    }
}
