using JobAggregator.Contracts;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The read side: each call opens its own pooled connection, which WAL lets read beside the writer.</summary>
internal sealed class SqlitePostingReader(SqliteDatabase database) : IPostingReader, IDisposable
{
    private readonly SqliteChangeClock _clock = new(database);

    public const int MaxPageSize = 100;

    // Every figure is derived from the runs, so runs recorded out of order still give the right health.
    private const string SourceHealthSql = """
        SELECT
            s.source_id,
            (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = s.source_id) AS last_run_at,
            (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 1) AS last_success_at,
            (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 0) AS last_failure_at,
            (SELECT error FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 0
                ORDER BY finished_at DESC LIMIT 1) AS last_error,
            (SELECT COUNT(*) FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 0
                AND r.started_at > COALESCE(
                    (SELECT MAX(started_at) FROM scrape_runs q WHERE q.source_id = s.source_id AND q.ok = 1), ''))
                AS consecutive_failures,
            (SELECT postings_found FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                ORDER BY started_at DESC LIMIT 1) AS postings_found,
            (SELECT CASE WHEN postings_found = 0 THEN no_postings_reason END FROM scrape_runs r
                WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                ORDER BY started_at DESC LIMIT 1) AS last_no_postings_reason,
            (SELECT CASE WHEN postings_found = 0 THEN explanation END FROM scrape_runs r
                WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                ORDER BY started_at DESC LIMIT 1) AS last_explanation,
            (SELECT postings_found FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                ORDER BY started_at DESC LIMIT 1 OFFSET 1) AS previous_postings_found,
            (SELECT partial_drop FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                ORDER BY started_at DESC LIMIT 1) AS partial_drop,
            (SELECT COUNT(*) FROM postings p WHERE p.source_id = s.source_id AND p.status = 'open') AS open_postings,
            (SELECT COUNT(*) FROM postings p WHERE p.source_id = s.source_id AND p.last_seen >= COALESCE(
                (SELECT started_at FROM scrape_runs r WHERE r.source_id = s.source_id AND r.ok = 1 AND r.not_modified = 0
                    ORDER BY started_at DESC LIMIT 1), '9999')) AS postings_stored,
            (SELECT started_at FROM scrape_runs r WHERE r.source_id = s.source_id
                ORDER BY started_at DESC LIMIT 1) AS latest_started_at,
            (SELECT finished_at FROM scrape_runs r WHERE r.source_id = s.source_id
                ORDER BY started_at DESC LIMIT 1) AS latest_finished_at
        FROM sources s
        ORDER BY s.source_id;
        """;

    public async Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);

        var search = SqliteJobSearch.Build(query);
        var (where, parameters) = (search.Where, search.Parameters);

        await using var connection = await database.OpenAsync(ct);
        // One snapshot for the count and the page, so Total agrees with the items.
        await using var transaction = connection.BeginTransaction(deferred: true);

        await using var count = connection.Command($"SELECT COUNT(*) FROM postings p {where};", transaction);
        foreach (var (name, value) in parameters)
        {
            count.With(name, value);
        }

        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        await using var select = connection.Command(
                $"""
                SELECT {SqlitePostingRows.Columns} FROM postings p {where}
                ORDER BY {search.OrderBy}
                LIMIT @limit OFFSET @offset;
                """,
                transaction)
            .With("@limit", pageSize)
            .With("@offset", (long)(page - 1) * pageSize);
        foreach (var (name, value) in parameters)
        {
            select.With(name, value);
        }

        var items = new List<StoredPosting>();
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                items.Add(SqlitePostingRows.Read(reader));
            }
        }

        var others = await ReadOtherMembersAsync(
            connection, transaction, items.Where(item => item.ClusterId is not null).Select(item => item.ClusterId!), ct);
        await transaction.CommitAsync(ct);
        return new JobPage(
            items.Select(item => Opening([item, .. others[item.ClusterId ?? string.Empty]])).ToList(), total, page, pageSize);
    }

    public async Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var facets = await SqliteFacets.ReadAsync(connection, transaction, query, ct);
        await transaction.CommitAsync(ct);
        return facets;
    }

    public async Task<StoredPosting?> GetAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);

        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        StoredPosting posting;
        await using (var select = connection.Command(
            $"SELECT {SqlitePostingRows.Columns} FROM postings p WHERE p.id = @id;", transaction).With("@id", id))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            posting = SqlitePostingRows.Read(reader);
        }

        // Any copy of an opening shows the opening, under the id of the posting shown for it.
        var members = new List<StoredPosting> { posting };
        if (posting.ClusterId is { } clusterId)
        {
            members = await ReadMembersAsync(connection, transaction, clusterId, ct);
        }

        var revisions = await ReadRevisionsAsync(connection, transaction, members[0].Id, ct);
        await transaction.CommitAsync(ct);
        return Opening(members) with { Revisions = revisions };
    }

    public async Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command(SourceHealthSql);
        await using var reader = await select.ExecuteReaderAsync(ct);

        var sources = new List<SourceHealth>();
        while (await reader.ReadAsync(ct))
        {
            var started = reader.GetInstantOrNull("latest_started_at");
            var finished = reader.GetInstantOrNull("latest_finished_at");
            sources.Add(new SourceHealth(
                reader.GetString("source_id"),
                reader.GetInstantOrNull("last_run_at"),
                reader.GetInstantOrNull("last_success_at"),
                reader.GetInstantOrNull("last_failure_at"),
                reader.GetStringOrNull("last_error"),
                (int)reader.GetInt64("consecutive_failures"),
                (int)(reader.GetInt64OrNull("postings_found") ?? 0),
                (int)reader.GetInt64("open_postings"),
                started is { } s && finished is { } f ? f - s : null)
            {
                LastNoPostingsReason = reader.GetStringOrNull("last_no_postings_reason"),
                LastExplanation = reader.GetStringOrNull("last_explanation"),
                PreviousPostingsFound = reader.GetInt64OrNull("previous_postings_found") is { } previous ? (int)previous : null,
                PostingsStored = (int)reader.GetInt64("postings_stored"),
                PartialDrop = reader.GetInt64OrNull("partial_drop") == 1,
            });
        }

        return sources;
    }

    public Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct) => Task.FromResult(_clock.Read());

    public void Dispose() => _clock.Dispose();

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await database.OpenAsync(ct);
            return await SqliteSchema.ReadVersionAsync(connection, null, ct) >= SqliteSchema.CurrentVersion;
        }
        catch (SqliteException)
        {
            // Not ready is the answer here: a missing file, a missing schema, a locked or broken database.
            return false;
        }
    }

    /// <summary>One posting alone is shown as stored; an opening of several is merged.</summary>
    private static StoredPosting Opening(List<StoredPosting> membersPrimaryFirst) =>
        membersPrimaryFirst.Count == 1
            ? membersPrimaryFirst[0]
            : OpeningMerger.Merge(membersPrimaryFirst, membersPrimaryFirst[0].MergeReason);

    /// <returns>Every posting of the opening, the one shown first.</returns>
    private static async Task<List<StoredPosting>> ReadMembersAsync(
        SqliteConnection connection, SqliteTransaction transaction, string clusterId, CancellationToken ct)
    {
        await using var select = connection.Command(
                $"SELECT {SqlitePostingRows.Columns} FROM postings p WHERE p.cluster_id = @cluster_id ORDER BY p.cluster_rank;",
                transaction)
            .With("@cluster_id", clusterId);
        return await ReadPostingsAsync(select, ct);
    }

    /// <returns>For each opening, its postings other than the one shown, in order; empty for any other key.</returns>
    private static async Task<ILookup<string, StoredPosting>> ReadOtherMembersAsync(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> clusterIds, CancellationToken ct)
    {
        var ids = clusterIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return Array.Empty<StoredPosting>().ToLookup(posting => string.Empty);
        }

        await using var select = connection.Command(
                $"""
                SELECT {SqlitePostingRows.Columns} FROM postings p
                WHERE p.cluster_id IN (SELECT value FROM json_each(@cluster_ids)) AND p.cluster_rank > 0
                ORDER BY p.cluster_id, p.cluster_rank;
                """,
                transaction)
            .With("@cluster_ids", SqliteValues.Json(ids));
        return (await ReadPostingsAsync(select, ct)).ToLookup(posting => posting.ClusterId!, StringComparer.Ordinal);
    }

    private static async Task<List<StoredPosting>> ReadPostingsAsync(SqliteCommand select, CancellationToken ct)
    {
        var postings = new List<StoredPosting>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            postings.Add(SqlitePostingRows.Read(reader));
        }

        return postings;
    }

    private static async Task<IReadOnlyList<PostingRevision>> ReadRevisionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string postingId, CancellationToken ct)
    {
        await using var select = connection.Command(
                """
                SELECT at, changed_fields, scrape_run_id FROM posting_revisions
                WHERE posting_id = @id ORDER BY at, seq;
                """,
                transaction)
            .With("@id", postingId);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var revisions = new List<PostingRevision>();
        while (await reader.ReadAsync(ct))
        {
            revisions.Add(new PostingRevision(
                SqliteValues.ParseInstant(reader.GetString("at")),
                SqliteValues.ParseJsonList<string>(reader.GetString("changed_fields")),
                Guid.Parse(reader.GetString("scrape_run_id"))));
        }

        return revisions.Count > 0 ? revisions : Array.Empty<PostingRevision>();
    }
}
