using System.Runtime.ExceptionServices;
using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Messaging;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Sqlite;

internal sealed class SqlitePostingStore(
    SqliteDatabase database, IOptions<StoreOptions> options, ILogger<SqlitePostingStore> logger) : IPostingStore
{
    // The sighting's lifecycle is decided by PostingLifecycle; this only writes it.
    private const string Sighting = """
        last_seen = @at,
        missed_runs = CASE WHEN @restart_missed_runs THEN 0 ELSE missed_runs END
        """;

    private static readonly string ReplaceContent = $"""
        UPDATE postings SET
        {SqlitePostingColumns.Assignments},
        updated = @at,
        {Sighting}
        WHERE id = @id;
        """;

    private const string MarkSeen = $"""
        UPDATE postings SET
        {Sighting}
        WHERE id = @id;
        """;

    // The run's postings carry its start as their sighting; a posting the scraper did not publish again, because it
    // did not change, is seen by being listed. One statement for the whole listing.
    private const string MarkListedSeen = """
        UPDATE postings SET last_seen = @at, missed_runs = 0
        WHERE id IN (SELECT value FROM json_each(CAST(@keys AS TEXT))) AND source_id = @source_id AND last_seen < @at;
        """;

    private const string Close = """
        UPDATE postings
        SET status = 'closed', closed_reason = @closed_reason, closed_at = @closed_at, closed_by_run_started_at = @closed_by
        WHERE id = @id;
        """;

    private const string Reopen = """
        UPDATE postings
        SET status = 'open', closed_reason = NULL, closed_at = NULL, closed_by_run_started_at = NULL
        WHERE id = @id;
        """;

    // The baseline of PartialDrop: the latest earlier reading run of the source that listed anything.
    private const string FoundBefore = """
        SELECT postings_found FROM scrape_runs
        WHERE source_id = @source_id AND ok = 1 AND not_modified = 0 AND postings_found > 0
            AND run_id <> @run_id AND started_at < @started_at
        ORDER BY started_at DESC LIMIT 1;
        """;

    private const string PostingSavepoint = "posting";

    private const string SavePosting = $"SAVEPOINT {PostingSavepoint};";

    private const string ReleasePosting = $"RELEASE {PostingSavepoint};";

    private const string SetMissedRuns = "UPDATE postings SET missed_runs = @missed_runs WHERE id = @id;";

    public async Task InitializeAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await database.WriteWithoutTransactionAsync(
            async connection =>
            {
                // WAL lets the api read while the store writes; the mode is kept in the file, and cannot change inside
                // a transaction.
                await using (var wal = connection.Command("PRAGMA journal_mode = WAL;"))
                {
                    await wal.ExecuteNonQueryAsync(ct);
                }

                await using (var transaction = connection.BeginTransaction(deferred: false))
                {
                    var versionBefore = await SqliteSchema.MigrateAsync(connection, transaction, ct);

                    // Postings stored before openings existed are grouped once now, so copies already stored do not
                    // wait for a change to be merged.
                    if (versionBefore is > 0 and < SqliteSchema.OpeningsVersion)
                    {
                        await SqliteOpenings.RecomputeAllAsync(connection, transaction, ct);
                    }

                    if (versionBefore > 0 && versionBefore < SqliteSchema.OpeningTitleKeysVersion)
                    {
                        await SqliteOpenings.IndexAllTitlesAsync(connection, transaction, ct);
                    }

                    await transaction.CommitAsync(ct);
                }

                // Statistics let the planner pick the organisation index over the status one; the limit keeps this
                // quick on a large file.
                await using var optimize = connection.Command("PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;");
                await optimize.ExecuteNonQueryAsync(ct);
            },
            ct);
        logger.StoreReady(database.FilePath, SqliteSchema.CurrentVersion);
    }

    /// <summary>A batch of one, so a single posting is written exactly as a batch's are.</summary>
    public async Task UpsertAsync(PostingNormalized posting, CancellationToken ct)
    {
        WriteFailure.ThrowIfIncomplete(posting);
        if ((await UpsertBatchAsync([posting], ct))[0] is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>The batch as one write of the one writer (<see cref="UpsertBatchAsync(SqliteTransaction,
    /// SqlitePreparedPosting?[], Exception?[], CancellationToken)"/>), prepared before it queues; an incomplete posting
    /// fails before, alone.</summary>
    public async Task<IReadOnlyList<Exception?>> UpsertBatchAsync(IReadOnlyList<PostingNormalized> postings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var failures = postings.Select(WriteFailure.OfIncomplete).ToArray<Exception?>();
        var prepared = SqlitePreparedPosting.PrepareAll(postings, failures);
        try
        {
            await database.WriteAsync(
                (_, transaction) => UpsertBatchAsync(transaction, prepared, failures, ct),
                boundedStatements: true,
                ct);
        }
        catch (Exception failure)
        {
            // Nothing of the batch was committed.
            for (var i = 0; i < failures.Length; i++)
            {
                failures[i] ??= failure;
            }
        }

        return failures;
    }

    public Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.SourceId);
        ArgumentNullException.ThrowIfNull(run.PostingKeys);

        return database.WriteAsync((connection, transaction) => CompleteRunAsync(connection, transaction, run, ct), ct);
    }

    public Task FailRunAsync(ScrapeFailed run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.SourceId);

        return database.WriteAsync((connection, transaction) => FailRunAsync(connection, transaction, run, ct), ct);
    }

    private long _openingCandidatesRead;

    /// <summary>Postings read as opening candidates since the store was made: what clustering openings again cost.</summary>
    internal long OpeningCandidatesRead => Interlocked.Read(ref _openingCandidatesRead);

    /// <summary>Each posting in its own savepoint, so one that fails is rolled back alone; then the openings of all
    /// those written, clustered together (one read of each organisation's candidates instead of one per posting). A
    /// failure of the clustering fails the whole batch, rolled back with it, so no posting stays written unclustered.
    /// </summary>
    private async Task UpsertBatchAsync(
        SqliteTransaction transaction,
        SqlitePreparedPosting?[] postings,
        Exception?[] failures,
        CancellationToken ct)
    {
        var written = new List<(PostingNormalized Posting, PostingWritten Write)>(postings.Length);
        var commands = database.WriterCommands(transaction);

        // A batch's postings come from a few sources: each is made sure of once, by the first posting written.
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var fullText = await SqliteFullTextBacklog.StartAsync(commands, ct);
        for (var i = 0; i < postings.Length; i++)
        {
            if (failures[i] is not null || postings[i] is not { } prepared)
            {
                continue;
            }

            var posting = prepared.Posting;
            if (fullText.Holds(posting.PostingKey))
            {
                await fullText.IndexAsync(commands, ct);
            }

            // One savepoint name for every posting (each is released before the next), so its statements are
            // prepared once per batch too.
            await commands.For(SavePosting).ExecuteNonQueryAsync(ct);
            try
            {
                if (sources.Add(posting.SourceId))
                {
                    await commands.For(EnsureSource).With("@source_id", posting.SourceId).ExecuteNonQueryAsync(ct);
                }

                written.Add((posting, await WritePostingAsync(commands, fullText, prepared, ct)));
                await commands.For(ReleasePosting).ExecuteNonQueryAsync(ct);
            }
            catch (Exception failure) when (!StoreOutages.IsOutage(failure))
            {
                await commands.ForgetAsync();
                // If the failure ended the whole transaction, this throws and the batch fails.
                transaction.Rollback(PostingSavepoint);
                transaction.Release(PostingSavepoint);
                failures[i] = failure;

                // The rollback may have taken a source's row with it.
                sources.Clear();
            }
        }

        await fullText.IndexAsync(commands, ct);

        // Grouped by sighting, as the clustering window ends at it; a batch usually holds one or a few.
        foreach (var sighting in written.Where(w => w.Write.Recluster.Count > 0).GroupBy(w => w.Posting.ScrapedAt))
        {
            await RecomputeOpeningsAsync(
                commands,
                sighting.Select(w => w.Posting.PostingKey).Distinct(StringComparer.Ordinal).ToList(),
                sighting.Where(w => w.Write.Inserted).Select(w => w.Posting.PostingKey).ToHashSet(StringComparer.Ordinal),
                sighting.SelectMany(w => w.Write.Recluster).Distinct(StringComparer.Ordinal).ToList(),
                sighting.Key,
                ct);
        }
    }

    /// <summary>Writes one posting whose source is already stored.</summary>
    /// <returns>The organisations whose openings the write changed, and whether it inserted the posting.</returns>
    private static async Task<PostingWritten> WritePostingAsync(
        SqliteReusedCommands commands, SqliteFullTextBacklog fullText, SqlitePreparedPosting prepared, CancellationToken ct)
    {
        var (connection, transaction) = (commands.Connection, commands.Transaction);
        var posting = prepared.Posting;

        var at = posting.ScrapedAt;

        // The lifecycle's few columns first: an unchanged posting (the usual case) needs no more, and only a revision
        // reads the stored content it replaces.
        var current = await ReadStateAsync(commands.For(SqlitePostingStates.ById), posting.PostingKey, ct);
        var decision = PostingLifecycle.Decide(current, posting);
        switch (decision.Write)
        {
            case PostingWrite.Insert:
                var seq = (long)(await commands.For(SqlitePostingColumns.Insert)
                    .WithContent(SqlitePostingColumns.ValuesOf(posting, at))
                    .With("@id", posting.PostingKey)
                    .With("@source_id", posting.SourceId)
                    .With("@at", SqliteValues.Instant(at))
                    .ExecuteScalarAsync(ct))!;
                fullText.Inserted(posting.PostingKey);
                await InsertCategoriesAsync(commands, prepared, seq, ct);
                break;

            case PostingWrite.MarkSeen:
                await commands.For(MarkSeen)
                    .With("@id", posting.PostingKey)
                    .With("@at", SqliteValues.Instant(at))
                    .With("@restart_missed_runs", decision.RestartsMissedRuns)
                    .ExecuteNonQueryAsync(ct);
                break;

            case PostingWrite.Revise:
                var stored = await ReadStoredAsync(connection, transaction, posting.PostingKey, ct)
                    ?? throw new InvalidOperationException($"Posting {posting.PostingKey} was read and then not found in one transaction.");
                await using (var update = connection.Command(ReplaceContent, transaction))
                {
                    await update
                        .WithContent(SqlitePostingColumns.ValuesOf(posting, stored.FirstSeen))
                        .With("@id", posting.PostingKey)
                        .With("@at", SqliteValues.Instant(at))
                        .With("@restart_missed_runs", decision.RestartsMissedRuns)
                        .ExecuteNonQueryAsync(ct);
                }

                var storedSeq = (long)(await commands.For(SeqOf).With("@id", posting.PostingKey).ExecuteScalarAsync(ct))!;
                await WriteCategoriesAsync(commands.For(WriteCategories), prepared, storedSeq, ct);
                await WriteRevisionAsync(connection, transaction, stored, posting, ct);
                break;

            default:
                return new PostingWritten([], Inserted: false);
        }

        await ChangeStatusAsync(connection, transaction, posting.PostingKey, decision, ct);
        return new PostingWritten(decision.ReclusterOrganizations, decision.Write == PostingWrite.Insert);
    }

    private static async Task ChangeStatusAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, PostingDecision decision, CancellationToken ct)
    {
        if (decision.StatusChange == PostingStatusChange.Reopen)
        {
            await using var reopen = connection.Command(Reopen, transaction).With("@id", id);
            await reopen.ExecuteNonQueryAsync(ct);
        }
        else if (decision.Closing is { } closing)
        {
            await CloseAsync(connection, transaction, id, closing, ct);
        }
    }

    private static async Task CloseAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, PostingClosing closing, CancellationToken ct)
    {
        await using var close = connection.Command(Close, transaction)
            .With("@id", id)
            .With("@closed_reason", closing.Reason)
            .With("@closed_at", SqliteValues.Instant(closing.At))
            .With("@closed_by", SqliteValues.Instant(closing.ByRunStartedAt));
        await close.ExecuteNonQueryAsync(ct);
    }

    private static async Task WriteRevisionAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        StoredPosting stored,
        PostingNormalized posting,
        CancellationToken ct)
    {
        await using var revision = connection.Command(
                """
                INSERT INTO posting_revisions (posting_id, at, old_hash, new_hash, scrape_run_id, changed_fields)
                VALUES (@id, @at, @old_hash, @new_hash, @run_id, @changed_fields);
                """,
                transaction)
            .With("@id", posting.PostingKey)
            .With("@at", SqliteValues.Instant(posting.ScrapedAt))
            .With("@old_hash", stored.Content.ContentHash)
            .With("@new_hash", posting.ContentHash)
            .With("@run_id", posting.ScrapeRunId.ToString())
            .With("@changed_fields", SqliteValues.Json(PostingChanges.Between(stored.Content, posting)));
        await revision.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Writes what a run changes, and recomputes the openings of the postings it closed.</summary>
    private async Task RecomputeOpeningsAsync(
        SqliteReusedCommands commands,
        IReadOnlyCollection<string> changedPostingIds,
        IReadOnlySet<string> insertedPostingIds,
        IEnumerable<string> organizationIds,
        DateTimeOffset at,
        CancellationToken ct)
    {
        var read = await SqliteOpenings.RecomputeAroundAsync(commands, changedPostingIds, insertedPostingIds, organizationIds, at, ct);
        Interlocked.Add(ref _openingCandidatesRead, read);
    }

    private async Task ApplyAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyList<RunPostingChange> changes,
        DateTimeOffset at,
        CancellationToken ct)
    {
        foreach (var change in changes)
        {
            if (change.MissedRuns != change.Before.MissedRuns)
            {
                await using var count = connection.Command(SetMissedRuns, transaction)
                    .With("@id", change.Before.Id)
                    .With("@missed_runs", change.MissedRuns);
                await count.ExecuteNonQueryAsync(ct);
            }

            if (change.Closing is { } closing)
            {
                await CloseAsync(connection, transaction, change.Before.Id, closing, ct);
            }
            else if (change.Reopens)
            {
                await using var reopen = connection.Command(Reopen, transaction).With("@id", change.Before.Id);
                await reopen.ExecuteNonQueryAsync(ct);
            }
        }

        var moved = changes.Where(c => c.Closing is not null || c.Reopens).ToList();
        if (moved.Count > 0)
        {
            await using var commands = new SqliteReusedCommands(connection, transaction);
            await RecomputeOpeningsAsync(
                commands,
                moved.Select(c => c.Before.Id).ToList(),
                new HashSet<string>(StringComparer.Ordinal),
                moved.Select(c => c.Before.OrganizationId),
                at,
                ct);
        }
    }

    private async Task CompleteRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, ScrapeCompleted run, CancellationToken ct)
    {
        await EnsureSourceAsync(connection, transaction, run.SourceId, ct);

        var recorded = await ReadRunOkAsync(connection, transaction, run.ScrapeRunId, ct);
        if (recorded == true)
        {
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
            return;
        }

        var keys = SqliteKeyList.Utf8Json(run.PostingKeys);
        var postings = await ReadStatesAsync(
            connection.Command(SqlitePostingStates.OfRunSource, transaction)
                .With("@source_id", run.SourceId)
                .With("@keys", keys)
                .With("@gone", SqliteKeyList.Utf8Json(run.GonePostingKeys)),
            ct);
        postings.AddRange(await ReadMaybeExpiredAsync(connection, transaction, run.FinishedAt, ct));
        var foundBefore = await ReadFoundBeforeAsync(connection, transaction, run, ct);
        var partialDrop = PartialDrop.Applies(run, foundBefore, options.Value.PartialDropRatio);
        var changes = RunClosing.Plan(run, postings, partialDrop);
        await ApplyAsync(connection, transaction, changes, run.FinishedAt, ct);
        await using (var seen = connection.Command(MarkListedSeen, transaction)
            .With("@source_id", run.SourceId)
            .With("@keys", keys)
            .With("@at", SqliteValues.Instant(run.StartedAt)))
        {
            await seen.ExecuteNonQueryAsync(ct);
        }

        var closed = changes.Count(c => c.ClosedByListing);

        // A run that failed and was then retried to success under the same id ends up a success.
        var sql = recorded is null
            ? """
              INSERT INTO scrape_runs (
                  run_id, source_id, started_at, finished_at, ok, not_modified, postings_found, pages_fetched,
                  extracted_by, closed_postings, error, http_status, url,
                  listed_by_api_or_feed, gone_postings, no_postings_reason, explanation, partial_drop)
              VALUES (
                  @run_id, @source_id, @started_at, @finished_at, 1, @not_modified, @postings_found, @pages_fetched,
                  @extracted_by, @closed_postings, NULL, NULL, NULL,
                  @listed_by_api_or_feed, @gone_postings, @no_postings_reason, @explanation, @partial_drop);
              """
            : """
              UPDATE scrape_runs SET
                  started_at = @started_at, finished_at = @finished_at, ok = 1, not_modified = @not_modified,
                  postings_found = @postings_found, pages_fetched = @pages_fetched, extracted_by = @extracted_by,
                  closed_postings = @closed_postings, error = NULL, http_status = NULL, url = NULL,
                  listed_by_api_or_feed = @listed_by_api_or_feed, gone_postings = @gone_postings,
                  no_postings_reason = @no_postings_reason, explanation = @explanation, partial_drop = @partial_drop
              WHERE run_id = @run_id;
              """;
        await using (var record = connection.Command(sql, transaction)
            .With("@run_id", run.ScrapeRunId.ToString())
            .With("@source_id", run.SourceId)
            .With("@started_at", SqliteValues.Instant(run.StartedAt))
            .With("@finished_at", SqliteValues.Instant(run.FinishedAt))
            .With("@not_modified", run.NotModified)
            .With("@postings_found", run.PostingKeys.Count)
            .With("@pages_fetched", run.PagesFetched)
            .With("@extracted_by", run.ExtractedBy)
            .With("@closed_postings", closed)
            .With("@listed_by_api_or_feed", run.ListedByApiOrFeed)
            .With("@gone_postings", run.GonePostingKeys.Count)
            .With("@no_postings_reason", run.NoPostingsReason)
            .With("@explanation", run.Explanation)
            .With("@partial_drop", partialDrop))
        {
            await record.ExecuteNonQueryAsync(ct);
        }

        if (closed > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed);
        }

        StoreMetrics.Closed(run.SourceId, closed);
        if (partialDrop)
        {
            logger.PartialDropKeptOpen(run.ScrapeRunId, run.SourceId, run.PostingKeys.Count, foundBefore ?? 0);
        }

        LogExpired(changes.Count(c => c.Closing is { Reason: ClosedReasons.Expired }), run.FinishedAt);
    }

    private static async Task<int?> ReadFoundBeforeAsync(
        SqliteConnection connection, SqliteTransaction transaction, ScrapeCompleted run, CancellationToken ct)
    {
        await using var select = connection.Command(FoundBefore, transaction)
            .With("@source_id", run.SourceId)
            .With("@run_id", run.ScrapeRunId.ToString())
            .With("@started_at", SqliteValues.Instant(run.StartedAt));
        return await select.ExecuteScalarAsync(ct) is long found ? (int)found : null;
    }

    private async Task FailRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, ScrapeFailed run, CancellationToken ct)
    {
        await EnsureSourceAsync(connection, transaction, run.SourceId, ct);

        // ON CONFLICT: a redelivered failure, or one arriving after the same run succeeded, is not a new failure.
        await using (var record = connection.Command(
                """
                INSERT INTO scrape_runs (
                    run_id, source_id, started_at, finished_at, ok, not_modified, postings_found, pages_fetched,
                    extracted_by, closed_postings, error, http_status, url)
                VALUES (
                    @run_id, @source_id, @started_at, @finished_at, 0, 0, NULL, NULL,
                    NULL, 0, @error, @http_status, @url)
                ON CONFLICT (run_id) DO NOTHING;
                """,
                transaction)
            .With("@run_id", run.ScrapeRunId.ToString())
            .With("@source_id", run.SourceId)
            .With("@started_at", SqliteValues.Instant(run.StartedAt))
            .With("@finished_at", SqliteValues.Instant(run.FailedAt))
            .With("@error", run.Reason)
            .With("@http_status", run.HttpStatus)
            .With("@url", run.Url))
        {
            await record.ExecuteNonQueryAsync(ct);
        }

        var changes = RunClosing.Plan(run, await ReadMaybeExpiredAsync(connection, transaction, run.FailedAt, ct));
        await ApplyAsync(connection, transaction, changes, run.FailedAt, ct);
        LogExpired(changes.Count(c => c.Closing is { Reason: ClosedReasons.Expired }), run.FailedAt);
    }

    private static async Task<List<PostingLifecycleState>> ReadMaybeExpiredAsync(
        SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset at, CancellationToken ct) =>
        await ReadStatesAsync(
            connection.Command(SqlitePostingStates.MaybeExpired, transaction)
                .With("@today", SqliteValues.DateOrNull(PostingDates.DayOf(at))),
            ct);

    private void LogExpired(int count, DateTimeOffset at)
    {
        if (count > 0)
        {
            logger.PostingsExpired(count, at);
        }
    }

    private static async Task<List<PostingLifecycleState>> ReadStatesAsync(SqliteCommand command, CancellationToken ct)
    {
        await using (command)
        {
            var states = new List<PostingLifecycleState>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                states.Add(SqlitePostingStates.Read(reader));
            }

            return states;
        }
    }

    // A posting's categories point at its seq (schema step 12), which only grows, so a new posting's are appended.
    private const string InsertCategories = """
        INSERT INTO posting_categories (category, posting_seq)
        SELECT DISTINCT value, @seq FROM json_each(@categories);
        """;

    private const string InsertCategory = "INSERT INTO posting_categories (category, posting_seq) VALUES (@category, @seq);";

    // A new posting has no categories to replace yet: it is written with InsertCategories (or InsertCategory) alone.
    private const string WriteCategories = "DELETE FROM posting_categories WHERE posting_seq = @seq;\n" + InsertCategories;

    private const string SeqOf = "SELECT seq FROM postings WHERE id = @id;";

    private const string EnsureSource = "INSERT INTO sources (source_id) VALUES (@source_id) ON CONFLICT (source_id) DO NOTHING;";

    private static async Task InsertCategoriesAsync(
        SqliteReusedCommands commands, SqlitePreparedPosting prepared, long seq, CancellationToken ct)
    {
        if (prepared.OnlyCategory is { } only)
        {
            await commands.For(InsertCategory)
                .With("@seq", seq)
                .With("@category", only)
                .ExecuteNonQueryAsync(ct);
        }
        else
        {
            await WriteCategoriesAsync(commands.For(InsertCategories), prepared, seq, ct);
        }
    }

    private static async Task WriteCategoriesAsync(SqliteCommand write, SqlitePreparedPosting prepared, long seq, CancellationToken ct) =>
        await write
            .With("@seq", seq)
            .With("@categories", prepared.Categories)
            .ExecuteNonQueryAsync(ct);

    private static async Task EnsureSourceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sourceId, CancellationToken ct)
    {
        await using var insert = connection.Command(EnsureSource, transaction).With("@source_id", sourceId);
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task<bool?> ReadRunOkAsync(
        SqliteConnection connection, SqliteTransaction transaction, Guid runId, CancellationToken ct)
    {
        await using var read = connection.Command("SELECT ok FROM scrape_runs WHERE run_id = @run_id;", transaction)
            .With("@run_id", runId.ToString());
        return await read.ExecuteScalarAsync(ct) is long ok ? ok != 0 : null;
    }

    private static async Task<PostingLifecycleState?> ReadStateAsync(SqliteCommand read, string id, CancellationToken ct)
    {
        await using var reader = await read.With("@id", id).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? SqlitePostingStates.Read(reader) : null;
    }

    private static async Task<StoredPosting?> ReadStoredAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken ct)
    {
        await using var read = connection.Command(
                $"""
                SELECT {SqlitePostingRows.Columns}
                FROM postings p WHERE p.id = @id;
                """,
                transaction)
            .With("@id", id);
        await using var reader = await read.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? SqlitePostingRows.Read(reader) : null;
    }
}
