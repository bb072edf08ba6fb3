using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The schema, applied in numbered steps recorded in <c>schema_version</c>; a later change is a new step,
/// never an edit of a shipped one.</summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 1;

    private const string Version1 = """
        CREATE TABLE sources (
            source_id TEXT NOT NULL PRIMARY KEY
        );

        -- seq gives the full-text index a rowid that VACUUM never renumbers.
        CREATE TABLE postings (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source_id TEXT NOT NULL REFERENCES sources (source_id),
            title TEXT NOT NULL,
            organization_id TEXT NOT NULL,
            organization_name TEXT NOT NULL,
            organization_id_folded TEXT NOT NULL,
            organization_name_folded TEXT NOT NULL,
            location_text TEXT,
            location_city TEXT,
            location_region TEXT,
            location_country TEXT,
            location_remote INTEGER NOT NULL,
            location_search TEXT NOT NULL,
            employment_type TEXT COLLATE NOCASE,
            has_salary INTEGER NOT NULL,
            salary_min TEXT,
            salary_max TEXT,
            salary_currency TEXT,
            salary_period TEXT,
            salary_text TEXT,
            date_posted TEXT,
            valid_through TEXT,
            description_html TEXT,
            description_text TEXT,
            url TEXT,
            apply_url TEXT,
            extracted_by TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            updated TEXT,
            closed_at TEXT,
            closed_by_run_started_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('open', 'closed'))
        );

        CREATE INDEX ix_postings_source_status ON postings (source_id, status);
        CREATE INDEX ix_postings_organization_id ON postings (organization_id_folded);
        CREATE INDEX ix_postings_organization_name ON postings (organization_name_folded);
        CREATE INDEX ix_postings_employment_type ON postings (employment_type);
        CREATE INDEX ix_postings_date_posted ON postings (date_posted);
        CREATE INDEX ix_postings_status_date_posted ON postings (status, date_posted);

        CREATE TABLE posting_revisions (
            seq INTEGER PRIMARY KEY,
            posting_id TEXT NOT NULL REFERENCES postings (id),
            at TEXT NOT NULL,
            old_hash TEXT NOT NULL,
            new_hash TEXT NOT NULL,
            scrape_run_id TEXT NOT NULL
        );

        CREATE INDEX ix_posting_revisions_posting ON posting_revisions (posting_id, at);

        -- A run is recorded once by its id; a failed run that later succeeds under the same id becomes a success.
        CREATE TABLE scrape_runs (
            run_id TEXT NOT NULL PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources (source_id),
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            ok INTEGER NOT NULL,
            not_modified INTEGER NOT NULL,
            postings_found INTEGER,
            pages_fetched INTEGER,
            extracted_by TEXT,
            closed_postings INTEGER,
            error TEXT,
            http_status INTEGER,
            url TEXT
        );

        CREATE INDEX ix_scrape_runs_source_ok_started ON scrape_runs (source_id, ok, started_at);
        CREATE INDEX ix_scrape_runs_source_started ON scrape_runs (source_id, started_at);

        -- External content: the words live once, in postings; the triggers keep the index in step with every write.
        CREATE VIRTUAL TABLE postings_fts USING fts5 (
            title,
            organization_name,
            location_search,
            description_text,
            content = 'postings',
            content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER postings_fts_insert AFTER INSERT ON postings BEGIN
            INSERT INTO postings_fts (rowid, title, organization_name, location_search, description_text)
            VALUES (new.seq, new.title, new.organization_name, new.location_search, new.description_text);
        END;

        CREATE TRIGGER postings_fts_delete AFTER DELETE ON postings BEGIN
            INSERT INTO postings_fts (postings_fts, rowid, title, organization_name, location_search, description_text)
            VALUES ('delete', old.seq, old.title, old.organization_name, old.location_search, old.description_text);
        END;

        -- Only when an indexed column is written, so a sighting that moves last_seen does not re-index the description.
        CREATE TRIGGER postings_fts_update AFTER UPDATE OF title, organization_name, location_search, description_text
        ON postings BEGIN
            INSERT INTO postings_fts (postings_fts, rowid, title, organization_name, location_search, description_text)
            VALUES ('delete', old.seq, old.title, old.organization_name, old.location_search, old.description_text);
            INSERT INTO postings_fts (rowid, title, organization_name, location_search, description_text)
            VALUES (new.seq, new.title, new.organization_name, new.location_search, new.description_text);
        END;
        """;

    private static readonly string[] Steps = [Version1];

    /// <summary>Applies the steps the file lacks, inside <paramref name="transaction"/>; an immediate transaction makes
    /// two processes starting together take turns.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await using (var create = connection.Command(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);",
            transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var version = await ReadVersionAsync(connection, transaction, ct);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The database has schema version {version}, newer than this build knows ({CurrentVersion}).");
        }

        for (var step = version + 1; step <= CurrentVersion; step++)
        {
            await using (var apply = connection.Command(Steps[step - 1], transaction))
            {
                await apply.ExecuteNonQueryAsync(ct);
            }

            await using var record = connection.Command(
                    "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);",
                    transaction)
                .With("@version", step)
                .With("@at", SqliteValues.Instant(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct)
    {
        await using var read = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version;", transaction);
        return (long)(await read.ExecuteScalarAsync(ct))!;
    }
}
