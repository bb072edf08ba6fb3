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
        location_search = @location_search,
        employment_type = @employment_type,
        has_salary = @has_salary,
        salary_min = @salary_min,
        salary_max = @salary_max,
        salary_currency = @salary_currency,
        salary_period = @salary_period,
        salary_text = @salary_text,
        date_posted = @date_posted,
        valid_through = @valid_through,
        description_html = @description_html,
        description_text = @description_text,
        url = @url,
        apply_url = @apply_url,
        extracted_by = @extracted_by,
        content_hash = @content_hash
        """;

    private const string InsertPosting = """
        INSERT INTO postings (
            id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
            location_text, location_city, location_region, location_country, location_remote, location_search,
            employment_type, has_salary, salary_min, salary_max, salary_currency, salary_period, salary_text,
            date_posted, valid_through, description_html, description_text, url, apply_url, extracted_by, content_hash,
            first_seen, last_seen, updated, closed_at, closed_by_run_started_at, status)
        VALUES (
            @id, @source_id, @title, @organization_id, @organization_name, @organization_id_folded, @organization_name_folded,
            @location_text, @location_city, @location_region, @location_country, @location_remote, @location_search,
            @employment_type, @has_salary, @salary_min, @salary_max, @salary_currency, @salary_period, @salary_text,
            @date_posted, @valid_through, @description_html, @description_text, @url, @apply_url, @extracted_by, @content_hash,
            @at, @at, NULL, NULL, NULL, 'open');
        """;

    private const string ReopenColumns = """
        status = CASE WHEN @reopen THEN 'open' ELSE status END,
        closed_at = CASE WHEN @reopen THEN NULL ELSE closed_at END,
        closed_by_run_started_at = CASE WHEN @reopen THEN NULL ELSE closed_by_run_started_at END
        """;

    private const string ReplaceContent = $"""
        UPDATE postings SET
        {ContentColumns},
        updated = @at,
        last_seen = @at,
        {ReopenColumns}
        WHERE id = @id;
        """;

    private const string MarkSeen = $"""
        UPDATE postings SET
        last_seen = @at,
        {ReopenColumns}
        WHERE id = @id;
        """;

    private const string ClosePostingsMissingFromRun = """
        UPDATE postings
        SET status = 'closed', closed_at = @finished_at, closed_by_run_started_at = @started_at
        WHERE source_id = @source_id
          AND status = 'open'
          AND last_seen < @started_at
          AND id NOT IN (SELECT value FROM json_each(@keys));
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
                    await SqliteSchema.MigrateAsync(connection, transaction, ct);
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

        var existing = await ReadStateAsync(connection, transaction, posting.PostingKey, ct);
        if (existing is null)
        {
            await using var insert = AddContent(connection.Command(InsertPosting, transaction), posting)
                .With("@id", posting.PostingKey)
                .With("@source_id", posting.SourceId)
                .With("@at", SqliteValues.Instant(posting.ScrapedAt));
            await insert.ExecuteNonQueryAsync(ct);
            return;
        }

        // The stored content is always that of the latest sighting, so an older message (a redelivery, or one that
        // waited in a queue) has nothing newer to say: it must neither roll content back nor reopen.
        if (posting.ScrapedAt < existing.LastSeen)
        {
            return;
        }

        // Reopen only on a sighting after the start of the run that closed it: a run's own late messages, or older
        // ones, were already taken into account when it closed the posting.
        var reopen = existing.Status == SqliteValues.Closed
            && existing.ClosedBy is { } closedBy
            && posting.ScrapedAt > closedBy;

        var changed = !string.Equals(existing.ContentHash, posting.ContentHash, StringComparison.Ordinal);
        await using (var update = connection.Command(changed ? ReplaceContent : MarkSeen, transaction))
        {
            if (changed)
            {
                AddContent(update, posting);
            }

            await update
                .With("@id", posting.PostingKey)
                .With("@at", SqliteValues.Instant(posting.ScrapedAt))
                .With("@reopen", reopen)
                .ExecuteNonQueryAsync(ct);
        }

        if (changed)
        {
            await using var revision = connection.Command(
                    """
                    INSERT INTO posting_revisions (posting_id, at, old_hash, new_hash, scrape_run_id)
                    VALUES (@id, @at, @old_hash, @new_hash, @run_id);
                    """,
                    transaction)
                .With("@id", posting.PostingKey)
                .With("@at", SqliteValues.Instant(posting.ScrapedAt))
                .With("@old_hash", existing.ContentHash)
                .With("@new_hash", posting.ContentHash)
                .With("@run_id", posting.ScrapeRunId.ToString());
            await revision.ExecuteNonQueryAsync(ct);
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

        // An empty extraction is more likely a broken page than a source with no openings, and a not-modified run read
        // nothing, so neither is trusted to close anything.
        var closed = 0;
        if (!run.NotModified && run.PostingKeys.Count > 0)
        {
            await using var close = connection.Command(ClosePostingsMissingFromRun, transaction)
                .With("@source_id", run.SourceId)
                .With("@started_at", SqliteValues.Instant(run.StartedAt))
                .With("@finished_at", SqliteValues.Instant(run.FinishedAt))
                .With("@keys", JsonSerializer.Serialize(run.PostingKeys));
            closed = await close.ExecuteNonQueryAsync(ct);
        }

        // A run that failed and was then retried to success under the same id ends up a success.
        var sql = recorded is null
            ? """
              INSERT INTO scrape_runs (
                  run_id, source_id, started_at, finished_at, ok, not_modified, postings_found, pages_fetched,
                  extracted_by, closed_postings, error, http_status, url)
              VALUES (
                  @run_id, @source_id, @started_at, @finished_at, 1, @not_modified, @postings_found, @pages_fetched,
                  @extracted_by, @closed_postings, NULL, NULL, NULL);
              """
            : """
              UPDATE scrape_runs SET
                  started_at = @started_at, finished_at = @finished_at, ok = 1, not_modified = @not_modified,
                  postings_found = @postings_found, pages_fetched = @pages_fetched, extracted_by = @extracted_by,
                  closed_postings = @closed_postings, error = NULL, http_status = NULL, url = NULL
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
            .With("@closed_postings", closed))
        {
            await record.ExecuteNonQueryAsync(ct);
        }

        if (closed > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed);
        }
    }

    private static async Task FailRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, ScrapeFailed run, CancellationToken ct)
    {
        await EnsureSourceAsync(connection, transaction, run.SourceId, ct);

        // ON CONFLICT: a redelivered failure, or one arriving after the same run succeeded, is not a new failure.
        await using var record = connection.Command(
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
            .With("@url", run.Url);
        await record.ExecuteNonQueryAsync(ct);
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
                """
                SELECT content_hash, last_seen, status, COALESCE(closed_by_run_started_at, closed_at) AS closed_by
                FROM postings WHERE id = @id;
                """,
                transaction)
            .With("@id", id);
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new PostingState(
            reader.GetString("content_hash"),
            SqliteValues.ParseInstant(reader.GetString("last_seen")),
            reader.GetString("status"),
            reader.GetInstantOrNull("closed_by"));
    }

    private static SqliteCommand AddContent(SqliteCommand command, PostingNormalized posting)
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
            .With("@location_search", LocationSearch(location))
            .With("@employment_type", posting.EmploymentType)
            .With("@has_salary", salary is not null)
            .With("@salary_min", SqliteValues.DecimalOrNull(salary?.Min))
            .With("@salary_max", SqliteValues.DecimalOrNull(salary?.Max))
            .With("@salary_currency", salary?.Currency)
            .With("@salary_period", salary?.Period)
            .With("@salary_text", salary?.Text)
            .With("@date_posted", SqliteValues.DateOrNull(posting.DatePosted))
            .With("@valid_through", SqliteValues.DateOrNull(posting.ValidThrough))
            .With("@description_html", posting.DescriptionHtml)
            .With("@description_text", posting.DescriptionText)
            .With("@url", posting.Url)
            .With("@apply_url", posting.ApplyUrl)
            .With("@extracted_by", posting.ExtractedBy)
            .With("@content_hash", posting.ContentHash);
    }

    /// <summary>Every part of the location, folded, one per line so a substring never spans two parts.</summary>
    private static string LocationSearch(NormalizedLocation location) =>
        string.Join('\n', new[] { location.Text, location.City, location.Region, location.Country }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => SqliteValues.Fold(part!)));
}
