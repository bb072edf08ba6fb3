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

    public async Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = query.After is null ? Math.Max(1, query.Page) : 1;
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);

        var search = SqliteJobSearch.Build(query);

        await using var connection = await database.OpenAsync(ct);
        // One snapshot for the count and the page, so Total agrees with the items.
        await using var transaction = connection.BeginTransaction(deferred: true);

        // Counting stops at the limit, so a broad search costs no more than a narrow one; with a cursor, the whole
        // search is counted, not what is left after it.
        var counting = query.After is null ? search : SqliteJobSearch.Build(query with { After = null });
        await using var count = connection.Command(
                $"SELECT COUNT(*) FROM (SELECT 1 FROM postings p {counting.Where} LIMIT @count_limit);", transaction)
            .With("@count_limit", JobPage.CountLimit + 1);
        foreach (var (name, value) in counting.Parameters)
        {
            count.With(name, value);
        }

        var counted = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        var offset = (long)(page - 1) * pageSize;
        var (items, last, more) = search.RankedMatch is null
            ? await ReadPageAsync(connection, transaction, search, PageSql(search, ranked: false), query.Sort, pageSize, offset, ct)
            : await ReadRankedPageAsync(connection, transaction, search, query, counted, pageSize, offset, ct);

        var others = await ReadOtherMembersAsync(
            connection, transaction, items.Where(item => item.ClusterId is not null).Select(item => item.ClusterId!), ct);
        await transaction.CommitAsync(ct);
        return new JobPage(
            items.Select(item => Opening([item, .. others[item.ClusterId ?? string.Empty]])).ToList(),
            Math.Min(counted, JobPage.CountLimit),
            page,
            pageSize)
        {
            TotalIsExact = counted <= JobPage.CountLimit,
            Next = more ? last : null,
        };
    }

    /// <summary>The page's query, one more than the page to know whether a next page exists; a ranked one reads from the
    /// best <c>@ranked_limit</c> text matches, ranked by FTS5 (bm25) before any posting row is read.</summary>
    private static string PageSql(SqliteJobSearch search, bool ranked) => ranked
        ? $"""
            SELECT {SqlitePostingRows.Columns}, p.id, p.posted_on,
                {SqliteJobSearch.PayLead} AS sort_pay, {SqliteJobSearch.ClosingLead} AS sort_closing, f.rank AS sort_rank
            FROM (SELECT rowid, rank FROM postings_fts WHERE postings_fts MATCH @match ORDER BY rank LIMIT @ranked_limit) f
            CROSS JOIN postings p ON p.seq = f.rowid
            {search.RankedWhere}
            ORDER BY {search.OrderBy}
            LIMIT @limit OFFSET @offset;
            """
        : $"""
            SELECT {SqlitePostingRows.Columns}, p.id, p.posted_on,
                {SqliteJobSearch.PayLead} AS sort_pay, {SqliteJobSearch.ClosingLead} AS sort_closing
            FROM postings p {search.Where}
            ORDER BY {search.OrderBy}
            LIMIT @limit OFFSET @offset;
            """;

    /// <summary>A page ranked by its text. The matches' ranking stops at a limit, which the other conditions may thin
    /// below the page: while the page comes out shorter than the openings left to show (known from the count when no
    /// cursor is given), the limit grows eightfold, and past a million it goes.</summary>
    private static async Task<(List<StoredPosting> Items, JobCursor? Last, bool More)> ReadRankedPageAsync(
        SqliteConnection connection, SqliteTransaction transaction, SqliteJobSearch search, JobQuery query, int counted, int pageSize, long offset, CancellationToken ct)
    {
        var expected = query.After is null && counted <= JobPage.CountLimit ? Math.Clamp(counted - offset, 0, pageSize + 1) : pageSize + 1;
        var limit = Math.Max(200, 4 * (offset + pageSize + 1));
        while (true)
        {
            var page = await ReadPageAsync(connection, transaction, search, PageSql(search, ranked: true), query.Sort, pageSize, offset, ct, limit);
            var read = page.Items.Count + (page.More ? 1 : 0);
            if (read >= expected || limit < 0)
            {
                return page;
            }

            limit = limit > 1_000_000 ? -1 : limit * 8;
        }
    }

    private static async Task<(List<StoredPosting> Items, JobCursor? Last, bool More)> ReadPageAsync(
        SqliteConnection connection, SqliteTransaction transaction, SqliteJobSearch search, string sql, JobSort sort, int pageSize, long offset, CancellationToken ct, long? rankedLimit = null)
    {
        await using var select = connection.Command(sql, transaction)
            .With("@limit", pageSize + 1)
            .With("@offset", offset);
        if (rankedLimit is { } ranked)
        {
            select.With("@ranked_limit", ranked);
        }

        foreach (var (name, value) in search.Parameters)
        {
            select.With(name, value);
        }

        var items = new List<StoredPosting>();
        JobCursor? last = null;
        var more = false;
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (items.Count == pageSize)
            {
                more = true;
                break;
            }

            items.Add(SqlitePostingRows.Read(reader));
            last = CursorAt(reader, sort, rankedLimit is not null);
        }

        return (items, last, more);
    }

    /// <summary>The sort keys of the row <paramref name="reader"/> is on.</summary>
    private static JobCursor CursorAt(SqliteDataReader reader, JobSort sort, bool ranked) => new(
        sort,
        sort switch
        {
            JobSort.Salary => JobCursor.PayLead(reader.GetDouble(reader.GetOrdinal("sort_pay"))),
            JobSort.ClosingSoon => reader.GetString("sort_closing"),
            JobSort.Relevance when ranked => reader.GetDouble(reader.GetOrdinal("sort_rank")).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        },
        DateOnly.ParseExact(reader.GetString("posted_on"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        SqliteValues.ParseInstant(reader.GetString("first_seen")),
        reader.GetString("id"));

    public async Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var facets = await SqliteFacets.ReadAsync(connection, transaction, query with { After = null }, ct);
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

    /// <summary>From the summaries the store keeps as runs are recorded (<see cref="SourceSummarySql"/>), not from the
    /// runs.</summary>
    public async Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command(SourceSummarySql.Read);
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
                $"SELECT {SqlitePostingRows.Columns} FROM postings p WHERE {SqliteOpeningMembers.SeqIn("p", "SELECT @cluster_id AS value")} ORDER BY p.cluster_rank;",
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
                WHERE {SqliteOpeningMembers.SeqIn("p", "SELECT value FROM json_each(@cluster_ids)")} AND p.cluster_rank > 0
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
