using System.Text.Json;
using JobAggregator.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Store.Sqlite;

internal sealed class SqlitePostingStore(SqliteDatabase database, ILogger<SqlitePostingStore> logger) : IPostingStore
{
    private const string ContentColumns = """
        title = @title,
        organization_id = @organization_id,
        organization_name = @organization_name,
        organization_id_folded = @organization_id_folded,
        organization_name_folded = @organization_name_folded,
        location_text = @location_text,
        location_city = @location_city,
        location_region = @location_region,
        location_country = @location_country,
        location_remote = @location_remote,
        location_hybrid = @location_hybrid,
        location_other_places = @location_other_places,
        location_search = @location_search,
        employment_type = @employment_type,
        has_salary = @has_salary,
        salary_min = @salary_min,
        salary_max = @salary_max,
        salary_currency = @salary_currency,
        salary_period = @salary_period,
        salary_text = @salary_text,
        salary_annual_min = @salary_annual_min,
        salary_annual_max = @salary_annual_max,
        salary_annual_top = @salary_annual_top,
        date_posted = @date_posted,
        date_posted_suspect = @date_posted_suspect,
        posted_on = @posted_on,
        valid_through = @valid_through,
        description_html = @description_html,
        description_text = @description_text,
        url = @url,
        apply_url = @apply_url,
        extracted_by = @extracted_by,
        content_hash = @content_hash,
        categories = @categories,
        language = @language,
        open_until_filled = @open_until_filled,
        source_organization_id = @source_organization_id
        """;

    private const string InsertPosting = """
        INSERT INTO postings (
            id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
            location_text, location_city, location_region, location_country, location_remote, location_hybrid,
            location_other_places, location_search,
            employment_type, has_salary, salary_min, salary_max, salary_currency, salary_period, salary_text,
            salary_annual_min, salary_annual_max, salary_annual_top,
            date_posted, date_posted_suspect, posted_on, valid_through, description_html, description_text, url, apply_url,
            extracted_by, content_hash, categories, language, open_until_filled, source_organization_id,
            first_seen, last_seen, updated, closed_at, closed_by_run_started_at, closed_reason, status)
        VALUES (
            @id, @source_id, @title, @organization_id, @organization_name, @organization_id_folded, @organization_name_folded,
            @location_text, @location_city, @location_region, @location_country, @location_remote, @location_hybrid,
            @location_other_places, @location_search,
            @employment_type, @has_salary, @salary_min, @salary_max, @salary_currency, @salary_period, @salary_text,
            @salary_annual_min, @salary_annual_max, @salary_annual_top,
            @date_posted, @date_posted_suspect, @posted_on, @valid_through, @description_html, @description_text, @url, @apply_url,
            @extracted_by, @content_hash, @categories, @language, @open_until_filled, @source_organization_id,
            @at, @at, NULL, @closed_at, @closed_by, @closed_reason, @status);
        """;

    // Only a newer sighting starts the missed runs over: the same message delivered again is no new sighting. The
    // right-hand side reads the row as it was before this update.
    private const string LifecycleColumns = """
        last_seen = @at,
        missed_runs = CASE WHEN @at > last_seen THEN 0 ELSE missed_runs END,
        status = @status,
        closed_at = @closed_at,
        closed_by_run_started_at = @closed_by,
        closed_reason = @closed_reason
        """;

    private const string ReplaceContent = $"""
        UPDATE postings SET
        {ContentColumns},
        updated = @at,
        {LifecycleColumns}
        WHERE id = @id;
        """;

    private const string MarkSeen = $"""
        UPDATE postings SET
        {LifecycleColumns}
        WHERE id = @id;
        """;

    // A listing that names the posting is a sighting, even before its posting message arrives.
    private const string ResetMissedRunsOfListed = """
        UPDATE postings SET missed_runs = 0
        WHERE source_id = @source_id AND missed_runs > 0 AND id IN (SELECT value FROM json_each(@keys));
        """;

    private const string CountMissedRun = """
        UPDATE postings SET missed_runs = missed_runs + 1
        WHERE source_id = @source_id
          AND status = 'open'
          AND last_seen < @started_at
          AND id NOT IN (SELECT value FROM json_each(@keys));
        """;

    private const string CloseMissing = """
        UPDATE postings
        SET status = 'closed', closed_reason = 'missing', closed_at = @finished_at, closed_by_run_started_at = @started_at
        WHERE source_id = @source_id AND status = 'open' AND missed_runs >= @missed_runs_to_close
        RETURNING organization_id;
        """;

    private const string CloseGone = """
        UPDATE postings
        SET status = 'closed', closed_reason = 'gone', closed_at = @finished_at, closed_by_run_started_at = @started_at
        WHERE source_id = @source_id AND status = 'open' AND id IN (SELECT value FROM json_each(@keys))
        RETURNING organization_id;
        """;

    private const string CloseExpired = """
        UPDATE postings
        SET status = 'closed', closed_reason = 'expired', closed_at = @at, closed_by_run_started_at = @at
        WHERE status = 'open' AND valid_through < @today AND open_until_filled = 0
        RETURNING organization_id;
        """;

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

    public Task UpsertAsync(PostingNormalized posting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.PostingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.SourceId);
        ArgumentNullException.ThrowIfNull(posting.Organization);
        ArgumentNullException.ThrowIfNull(posting.Location);

        return database.WriteAsync((connection, transaction) => UpsertAsync(connection, transaction, posting, ct), ct);
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

    private static async Task UpsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, PostingNormalized posting, CancellationToken ct)
    {
        await EnsureSourceAsync(connection, transaction, posting.SourceId, ct);

        var at = posting.ScrapedAt;
        var existing = await ReadStateAsync(connection, transaction, posting.PostingKey, ct);
        if (existing is null)
        {
            // A posting first seen already past its valid-through is kept, closed, so a later sighting stays closed too.
            var expired = PostingDates.IsExpired(posting.ValidThrough, posting.OpenUntilFilled, at);
            await using (var insert = AddContent(connection.Command(InsertPosting, transaction), posting, at)
                .With("@id", posting.PostingKey)
                .With("@source_id", posting.SourceId)
                .With("@at", SqliteValues.Instant(at))
                .With("@status", expired ? SqliteValues.Closed : SqliteValues.Open)
                .With("@closed_at", expired ? SqliteValues.Instant(at) : null)
                .With("@closed_by", expired ? SqliteValues.Instant(at) : null)
                .With("@closed_reason", expired ? ClosedReasons.Expired : null))
            {
                await insert.ExecuteNonQueryAsync(ct);
            }

            await WriteCategoriesAsync(connection, transaction, posting, ct);
            await SqliteOpenings.RecomputeAsync(connection, transaction, [posting.Organization.Id], at, ct);
            return;
        }

        var stored = existing.Posting;

        // The stored content is always that of the latest sighting, so an older message (a redelivery, or one that
        // waited in a queue) has nothing newer to say: it must neither roll content back nor reopen.
        if (at < stored.LastSeen)
        {
            return;
        }

        var changed = !string.Equals(stored.ContentHash, posting.ContentHash, StringComparison.Ordinal);
        var expiredNow = changed
            ? PostingDates.IsExpired(posting.ValidThrough, posting.OpenUntilFilled, at)
            : PostingDates.IsExpired(stored.ValidThrough, stored.OpenUntilFilled, at);

        var (status, closedAt, closedBy, closedReason) = (stored.Status, stored.ClosedAt, existing.ClosedBy, stored.ClosedReason);
        if (stored.Status == PostingStatus.Open && expiredNow)
        {
            (status, closedAt, closedBy, closedReason) = (PostingStatus.Closed, at, at, ClosedReasons.Expired);
        }
        else if (stored.Status == PostingStatus.Closed && existing.ClosedBy is { } by && at > by && !expiredNow)
        {
            // Reopened only by a sighting after the start of the run that closed it (a run's own late messages, or
            // older ones, were already taken into account when it closed the posting), and never past its last day.
            (status, closedAt, closedBy, closedReason) = (PostingStatus.Open, null, null, null);
        }

        await using (var update = connection.Command(changed ? ReplaceContent : MarkSeen, transaction))
        {
            if (changed)
            {
                AddContent(update, posting, stored.FirstSeen);
            }

            await update
                .With("@id", posting.PostingKey)
                .With("@at", SqliteValues.Instant(at))
                .With("@status", status == PostingStatus.Closed ? SqliteValues.Closed : SqliteValues.Open)
                .With("@closed_at", SqliteValues.InstantOrNull(closedAt))
                .With("@closed_by", SqliteValues.InstantOrNull(closedBy))
                .With("@closed_reason", closedReason)
                .ExecuteNonQueryAsync(ct);
        }

        if (changed)
        {
            await WriteCategoriesAsync(connection, transaction, posting, ct);
            await using var revision = connection.Command(
                    """
                    INSERT INTO posting_revisions (posting_id, at, old_hash, new_hash, scrape_run_id, changed_fields)
                    VALUES (@id, @at, @old_hash, @new_hash, @run_id, @changed_fields);
                    """,
                    transaction)
                .With("@id", posting.PostingKey)
                .With("@at", SqliteValues.Instant(at))
                .With("@old_hash", stored.ContentHash)
                .With("@new_hash", posting.ContentHash)
                .With("@run_id", posting.ScrapeRunId.ToString())
                .With("@changed_fields", SqliteValues.Json(PostingChanges.Between(stored, posting)));
            await revision.ExecuteNonQueryAsync(ct);
        }

        // A new title or dates may join or split openings, and opening or closing changes which copy is shown; a mere
        // sighting changes neither.
        if (changed || status != stored.Status)
        {
            await SqliteOpenings.RecomputeAsync(
                connection, transaction, [stored.Organization.Id, posting.Organization.Id], at, ct);
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

        var keys = JsonSerializer.Serialize(run.PostingKeys);
        if (run.PostingKeys.Count > 0)
        {
            await using var reset = connection.Command(ResetMissedRunsOfListed, transaction)
                .With("@source_id", run.SourceId)
                .With("@keys", keys);
            await reset.ExecuteNonQueryAsync(ct);
        }

        var closed = new List<string>();

        // Before the missed runs: a gone posting is not listed either, and is closed as gone, not as missing.
        if (run.GonePostingKeys.Count > 0)
        {
            await using var gone = connection.Command(CloseGone, transaction)
                .With("@source_id", run.SourceId)
                .With("@started_at", SqliteValues.Instant(run.StartedAt))
                .With("@finished_at", SqliteValues.Instant(run.FinishedAt))
                .With("@keys", JsonSerializer.Serialize(run.GonePostingKeys));
            closed.AddRange(await ReadColumnAsync(gone, ct));
        }

        if (MissedRuns.CountAgainstUnlisted(run))
        {
            await using (var count = connection.Command(CountMissedRun, transaction)
                .With("@source_id", run.SourceId)
                .With("@started_at", SqliteValues.Instant(run.StartedAt))
                .With("@keys", keys))
            {
                await count.ExecuteNonQueryAsync(ct);
            }

            await using var close = connection.Command(CloseMissing, transaction)
                .With("@source_id", run.SourceId)
                .With("@started_at", SqliteValues.Instant(run.StartedAt))
                .With("@finished_at", SqliteValues.Instant(run.FinishedAt))
                .With("@missed_runs_to_close", MissedRuns.ToClose(run));
            closed.AddRange(await ReadColumnAsync(close, ct));
        }

        var expired = await CloseExpiredAsync(connection, transaction, run.FinishedAt, ct);
        await SqliteOpenings.RecomputeAsync(connection, transaction, closed.Concat(expired), run.FinishedAt, ct);

        // A run that failed and was then retried to success under the same id ends up a success.
        var sql = recorded is null
            ? """
              INSERT INTO scrape_runs (
                  run_id, source_id, started_at, finished_at, ok, not_modified, postings_found, pages_fetched,
                  extracted_by, closed_postings, error, http_status, url,
                  listed_by_api_or_feed, gone_postings, no_postings_reason, explanation)
              VALUES (
                  @run_id, @source_id, @started_at, @finished_at, 1, @not_modified, @postings_found, @pages_fetched,
                  @extracted_by, @closed_postings, NULL, NULL, NULL,
                  @listed_by_api_or_feed, @gone_postings, @no_postings_reason, @explanation);
              """
            : """
              UPDATE scrape_runs SET
                  started_at = @started_at, finished_at = @finished_at, ok = 1, not_modified = @not_modified,
                  postings_found = @postings_found, pages_fetched = @pages_fetched, extracted_by = @extracted_by,
                  closed_postings = @closed_postings, error = NULL, http_status = NULL, url = NULL,
                  listed_by_api_or_feed = @listed_by_api_or_feed, gone_postings = @gone_postings,
                  no_postings_reason = @no_postings_reason, explanation = @explanation
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
            .With("@closed_postings", closed.Count)
            .With("@listed_by_api_or_feed", run.ListedByApiOrFeed)
            .With("@gone_postings", run.GonePostingKeys.Count)
            .With("@no_postings_reason", run.NoPostingsReason)
            .With("@explanation", run.Explanation))
        {
            await record.ExecuteNonQueryAsync(ct);
        }

        if (closed.Count > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed.Count);
        }

        LogExpired(expired.Count, run.FinishedAt);
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

        // A failure closes nothing of its source, but time has passed for every source's valid-through dates.
        var expired = await CloseExpiredAsync(connection, transaction, run.FailedAt, ct);
        await SqliteOpenings.RecomputeAsync(connection, transaction, expired, run.FailedAt, ct);
        LogExpired(expired.Count, run.FailedAt);
    }

    /// <returns>The organisation of each posting closed.</returns>
    private static async Task<List<string>> CloseExpiredAsync(
        SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset at, CancellationToken ct)
    {
        await using var expire = connection.Command(CloseExpired, transaction)
            .With("@at", SqliteValues.Instant(at))
            .With("@today", SqliteValues.DateOrNull(PostingDates.DayOf(at)));
        return await ReadColumnAsync(expire, ct);
    }

    private void LogExpired(int count, DateTimeOffset at)
    {
        if (count > 0)
        {
            logger.PostingsExpired(count, at);
        }
    }

    private static async Task<List<string>> ReadColumnAsync(SqliteCommand command, CancellationToken ct)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task WriteCategoriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, PostingNormalized posting, CancellationToken ct)
    {
        await using var write = connection.Command(
                """
                DELETE FROM posting_categories WHERE posting_id = @id;
                INSERT INTO posting_categories (category, posting_id)
                SELECT DISTINCT value, @id FROM json_each(@categories);
                """,
                transaction)
            .With("@id", posting.PostingKey)
            .With("@categories", SqliteValues.Json(posting.Categories));
        await write.ExecuteNonQueryAsync(ct);
    }

    private static async Task EnsureSourceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sourceId, CancellationToken ct)
    {
        await using var insert = connection.Command(
                "INSERT INTO sources (source_id) VALUES (@source_id) ON CONFLICT (source_id) DO NOTHING;",
                transaction)
            .With("@source_id", sourceId);
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task<bool?> ReadRunOkAsync(
        SqliteConnection connection, SqliteTransaction transaction, Guid runId, CancellationToken ct)
    {
        await using var read = connection.Command("SELECT ok FROM scrape_runs WHERE run_id = @run_id;", transaction)
            .With("@run_id", runId.ToString());
        return await read.ExecuteScalarAsync(ct) is long ok ? ok != 0 : null;
    }

    private static async Task<PostingState?> ReadStateAsync(
        SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken ct)
    {
        await using var read = connection.Command(
                $"""
                SELECT {SqlitePostingRows.Columns}, COALESCE(p.closed_by_run_started_at, p.closed_at) AS closed_by
                FROM postings p WHERE p.id = @id;
                """,
                transaction)
            .With("@id", id);
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new PostingState(SqlitePostingRows.Read(reader), reader.GetInstantOrNull("closed_by"));
    }

    /// <param name="firstSeen">When the posting was first seen, which decides whether its stated date is trusted.</param>
    private static SqliteCommand AddContent(SqliteCommand command, PostingNormalized posting, DateTimeOffset firstSeen)
    {
        var location = posting.Location;
        var salary = posting.Salary;
        return command
            .With("@title", posting.Title)
            .With("@organization_id", posting.Organization.Id)
            .With("@organization_name", posting.Organization.Name)
            .With("@organization_id_folded", SqliteValues.Fold(posting.Organization.Id))
            .With("@organization_name_folded", SqliteValues.Fold(posting.Organization.Name))
            .With("@location_text", location.Text)
            .With("@location_city", location.City)
            .With("@location_region", location.Region)
            .With("@location_country", location.Country)
            .With("@location_remote", location.Remote)
            .With("@location_hybrid", location.Hybrid)
            .With("@location_other_places", SqliteValues.Json(location.OtherPlaces))
            .With("@location_search", LocationSearch(location))
            .With("@employment_type", posting.EmploymentType)
            .With("@has_salary", salary is not null)
            .With("@salary_min", SqliteValues.DecimalOrNull(salary?.Min))
            .With("@salary_max", SqliteValues.DecimalOrNull(salary?.Max))
            .With("@salary_currency", salary?.Currency)
            .With("@salary_period", salary?.Period)
            .With("@salary_text", salary?.Text)
            .With("@salary_annual_min", SqliteValues.DecimalOrNull(salary?.AnnualMin))
            .With("@salary_annual_max", SqliteValues.DecimalOrNull(salary?.AnnualMax))
            .With("@salary_annual_top", (double?)(salary?.AnnualMax ?? salary?.AnnualMin))
            .With("@date_posted", SqliteValues.DateOrNull(posting.DatePosted))
            .With("@date_posted_suspect", PostingDates.IsSuspect(posting.DatePosted, firstSeen))
            .With("@posted_on", SqliteValues.DateOrNull(PostingDates.EffectivePosted(posting.DatePosted, firstSeen)))
            .With("@valid_through", SqliteValues.DateOrNull(posting.ValidThrough))
            .With("@description_html", posting.DescriptionHtml)
            .With("@description_text", posting.DescriptionText)
            .With("@url", posting.Url)
            .With("@apply_url", posting.ApplyUrl)
            .With("@extracted_by", posting.ExtractedBy)
            .With("@content_hash", posting.ContentHash)
            .With("@categories", SqliteValues.Json(posting.Categories))
            .With("@language", posting.Language)
            .With("@open_until_filled", posting.OpenUntilFilled)
            .With("@source_organization_id", posting.SourceOrganizationId);
    }

    /// <summary>Every part of the location, folded, one per line so a substring never spans two parts.</summary>
    private static string LocationSearch(NormalizedLocation location) =>
        string.Join('\n', new[] { location.Text, location.City, location.Region, location.Country }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => SqliteValues.Fold(part!)));
}
