using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The schema, applied in numbered steps recorded in <c>schema_version</c>; a later change is a new step,
/// never an edit of a shipped one.</summary>
internal static class SqliteSchema
{
    public static int CurrentVersion => Steps.Length;

    /// <summary>The version that brought openings across sources.</summary>
    public const int OpeningsVersion = 2;

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

    // Issue 5: parsed fields, the lifecycle (closing reasons, missed runs), openings across sources, run reasons, and
    // indexes for the new filters and sorts. Columns are added with defaults, so every posting of a version-1 file stays.
    private const string Version2 = """
        ALTER TABLE postings ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE postings ADD COLUMN language TEXT;
        ALTER TABLE postings ADD COLUMN open_until_filled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN source_organization_id TEXT;
        ALTER TABLE postings ADD COLUMN salary_annual_min TEXT;
        ALTER TABLE postings ADD COLUMN salary_annual_max TEXT;
        -- The top of the yearly pay as a number, for the salary filter and sort; the exact figures stay in the text columns.
        ALTER TABLE postings ADD COLUMN salary_annual_top REAL;
        ALTER TABLE postings ADD COLUMN location_hybrid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN location_other_places TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE postings ADD COLUMN date_posted_suspect INTEGER NOT NULL DEFAULT 0;
        -- The day sorted and filtered on: date_posted when trusted, else the day of first_seen.
        ALTER TABLE postings ADD COLUMN posted_on TEXT NOT NULL DEFAULT '';
        ALTER TABLE postings ADD COLUMN closed_reason TEXT;
        -- Successful reading runs of the source in a row that did not list the posting.
        ALTER TABLE postings ADD COLUMN missed_runs INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN cluster_id TEXT;
        -- The posting's place in its opening: 0 for the one shown (and for a posting alone), then the others in order.
        ALTER TABLE postings ADD COLUMN cluster_rank INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE postings ADD COLUMN merge_reason TEXT;

        -- first_seen is UTC round-trip text, so its first ten characters are its UTC day.
        UPDATE postings SET date_posted_suspect = COALESCE(
            date_posted > date(substr(first_seen, 1, 10), '+1 day')
            OR date_posted < date(substr(first_seen, 1, 10), '-365 days'), 0);
        UPDATE postings SET posted_on = CASE
            WHEN date_posted IS NULL OR date_posted_suspect = 1 THEN substr(first_seen, 1, 10)
            ELSE date_posted END;
        -- Version 1 closed postings only when runs stopped listing them.
        UPDATE postings SET closed_reason = 'missing' WHERE status = 'closed';

        -- The category filter's index; the categories column keeps their order for reading.
        CREATE TABLE posting_categories (
            category TEXT NOT NULL,
            posting_id TEXT NOT NULL REFERENCES postings (id),
            PRIMARY KEY (category, posting_id)
        ) WITHOUT ROWID;

        CREATE INDEX ix_posting_categories_posting ON posting_categories (posting_id);

        -- Sorting is now on posted_on; these served the old sort on date_posted only. The sorts' indexes lead with status
        -- and cluster_rank, as the feed lists the open posting shown for each opening.
        DROP INDEX ix_postings_date_posted;
        DROP INDEX ix_postings_status_date_posted;

        CREATE INDEX ix_postings_status_newest ON postings (status, cluster_rank, posted_on, first_seen);
        CREATE INDEX ix_postings_posted_on ON postings (posted_on, first_seen);
        CREATE INDEX ix_postings_status_salary ON postings (status, cluster_rank, salary_annual_top, posted_on, first_seen);
        CREATE INDEX ix_postings_salary ON postings (salary_annual_top);
        CREATE INDEX ix_postings_currency_salary ON postings (salary_currency, salary_annual_top);
        CREATE INDEX ix_postings_status_closing
            ON postings (status, cluster_rank, COALESCE(valid_through, '9999-12-31'), posted_on DESC, first_seen DESC);
        -- The expiry sweep's.
        CREATE INDEX ix_postings_status_valid_through ON postings (status, valid_through);
        CREATE INDEX ix_postings_country ON postings (upper(location_country));
        CREATE INDEX ix_postings_remote ON postings ((location_remote OR location_hybrid));
        CREATE INDEX ix_postings_language ON postings (language);
        CREATE INDEX ix_postings_organization_last_seen ON postings (organization_id, last_seen);
        CREATE INDEX ix_postings_cluster ON postings (cluster_id, cluster_rank);

        ALTER TABLE posting_revisions ADD COLUMN changed_fields TEXT NOT NULL DEFAULT '[]';

        ALTER TABLE scrape_runs ADD COLUMN listed_by_api_or_feed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE scrape_runs ADD COLUMN gone_postings INTEGER;
        ALTER TABLE scrape_runs ADD COLUMN no_postings_reason TEXT;
        ALTER TABLE scrape_runs ADD COLUMN explanation TEXT;
        """;

    // Issue 9: a posting's content is kept whole, as the JSON of its message (see SqlitePostingContent), and read back
    // from it alone; the columns SQL still matches, sorts, indexes or clusters on stay, written from the content
    // (SqlitePostingColumns). The content of every stored posting is built from its columns here, under the names the
    // message's JSON has, before the columns only it needed are dropped. The run that last changed the content is the
    // latest revision's, or none (the empty id) for a posting never revised.
    private const string Version3 = """
        ALTER TABLE postings ADD COLUMN content TEXT NOT NULL DEFAULT '{}';

        UPDATE postings SET content = json_object(
            'sourceId', source_id,
            'scrapeRunId', COALESCE(
                (SELECT r.scrape_run_id FROM posting_revisions r WHERE r.posting_id = postings.id
                    ORDER BY r.at DESC, r.seq DESC LIMIT 1),
                '00000000-0000-0000-0000-000000000000'),
            'scrapedAt', COALESCE(updated, first_seen),
            'postingKey', id,
            'title', title,
            'organization', json_object('id', organization_id, 'name', organization_name),
            'location', json_object(
                'text', location_text,
                'city', location_city,
                'region', location_region,
                'country', location_country,
                'remote', json(CASE WHEN location_remote THEN 'true' ELSE 'false' END),
                'hybrid', json(CASE WHEN location_hybrid THEN 'true' ELSE 'false' END),
                'otherPlaces', json(location_other_places)),
            'employmentType', employment_type,
            'salary', json(CASE WHEN has_salary THEN json_object(
                'min', json(salary_min),
                'max', json(salary_max),
                'currency', salary_currency,
                'period', salary_period,
                'text', salary_text,
                'annualMin', json(salary_annual_min),
                'annualMax', json(salary_annual_max)) END),
            'datePosted', date_posted,
            'validThrough', valid_through,
            'descriptionHtml', description_html,
            'descriptionText', description_text,
            'url', url,
            'applyUrl', apply_url,
            'extractedBy', extracted_by,
            'contentHash', content_hash,
            'categories', json(categories),
            'language', language,
            'openUntilFilled', json(CASE WHEN open_until_filled THEN 'true' ELSE 'false' END),
            'sourceOrganizationId', source_organization_id);

        ALTER TABLE postings DROP COLUMN location_text;
        ALTER TABLE postings DROP COLUMN location_other_places;
        ALTER TABLE postings DROP COLUMN salary_min;
        ALTER TABLE postings DROP COLUMN salary_max;
        ALTER TABLE postings DROP COLUMN salary_period;
        ALTER TABLE postings DROP COLUMN salary_text;
        ALTER TABLE postings DROP COLUMN salary_annual_min;
        ALTER TABLE postings DROP COLUMN salary_annual_max;
        ALTER TABLE postings DROP COLUMN description_html;
        ALTER TABLE postings DROP COLUMN apply_url;
        ALTER TABLE postings DROP COLUMN extracted_by;
        ALTER TABLE postings DROP COLUMN categories;
        """;

    // One row that every write to postings or runs moves forward, from triggers so no write can forget it: when the
    // store last changed, in Unix milliseconds of the writer's clock, one more than before when the clock has not moved,
    // so that two writes never leave the same value. IPostingReader.GetLastChangeAsync reads it.
    private const string Version4 = """
        CREATE TABLE store_changes (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            changed_at_ms INTEGER NOT NULL
        );
        INSERT INTO store_changes (id, changed_at_ms) VALUES (1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));

        CREATE TRIGGER store_changes_posting_insert AFTER INSERT ON postings BEGIN
            UPDATE store_changes SET changed_at_ms = MAX(changed_at_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
        CREATE TRIGGER store_changes_posting_update AFTER UPDATE ON postings BEGIN
            UPDATE store_changes SET changed_at_ms = MAX(changed_at_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
        CREATE TRIGGER store_changes_posting_delete AFTER DELETE ON postings BEGIN
            UPDATE store_changes SET changed_at_ms = MAX(changed_at_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
        CREATE TRIGGER store_changes_run_insert AFTER INSERT ON scrape_runs BEGIN
            UPDATE store_changes SET changed_at_ms = MAX(changed_at_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
        CREATE TRIGGER store_changes_run_update AFTER UPDATE ON scrape_runs BEGIN
            UPDATE store_changes SET changed_at_ms = MAX(changed_at_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
        END;
        """;

    // Issue 10: the facet counts read every listed posting's filter values from one index instead of its whole row
    // (SqliteFacets), and the category counts join the postings by id without reading their rows.
    private const string FacetIndexesStep = """
        CREATE INDEX ix_postings_facets ON postings (
            status, cluster_rank, organization_id_folded, organization_id, organization_name, location_country,
            location_region, location_remote, location_hybrid, employment_type, language);
        CREATE INDEX ix_postings_id_listed ON postings (id, status, cluster_rank);
        """;

    // The keys each posting's title is indexed under (OpeningTitleKeys), so a write compares the posting only with the
    // postings of its organisation that could be the same opening. Filled for the stored postings by
    // SqliteOpenings.IndexAllTitlesAsync once the step is applied (OpeningTitleKeysVersion).
    private const string OpeningTitleKeysStep = """
        CREATE TABLE opening_title_keys (
            organization_id TEXT NOT NULL,
            key TEXT NOT NULL,
            posting_id TEXT NOT NULL,
            PRIMARY KEY (organization_id, key, posting_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_opening_title_keys_posting ON opening_title_keys (posting_id);
        """;

    // Issue 12: a reading run that listed far fewer postings than the one before closed none of its misses (PartialDrop);
    // the run says so, and the source's health with it.
    private const string PartialDropStep = """
        ALTER TABLE scrape_runs ADD COLUMN partial_drop INTEGER NOT NULL DEFAULT 0;
        """;

    // Issue 15: the listing's sorts walk indexes that hold every key of their order (the id too), so a page needs no
    // sort of its own and a cursor (JobCursor) seeks straight to where the page before ended; the pay and closing leads
    // are expressions that sort postings without them last (SqliteJobSearch.PayLead and ClosingLead). Each source's
    // health is kept in source_summaries, maintained by triggers as runs are recorded and postings written, so
    // /api/sources reads one row a source instead of deriving it from every run (SourceSummarySql).
    private static readonly string ListingIndexesAndSourceSummariesStep = $"""
        DROP INDEX IF EXISTS ix_postings_status_newest;
        DROP INDEX IF EXISTS ix_postings_status_salary;
        DROP INDEX IF EXISTS ix_postings_status_closing;
        CREATE INDEX IF NOT EXISTS ix_postings_listed_newest ON postings (status, cluster_rank, posted_on DESC, first_seen DESC, id);
        CREATE INDEX IF NOT EXISTS ix_postings_listed_salary ON postings (
            status, cluster_rank, COALESCE(salary_annual_top, -1) DESC, posted_on DESC, first_seen DESC, id);
        CREATE INDEX IF NOT EXISTS ix_postings_listed_closing ON postings (
            status, cluster_rank, COALESCE(valid_through, '9999-12-31'), posted_on DESC, first_seen DESC, id);

        CREATE TABLE IF NOT EXISTS source_summaries (
            source_id TEXT NOT NULL PRIMARY KEY,
            last_run_at TEXT,
            last_success_at TEXT,
            last_failure_at TEXT,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            postings_found INTEGER,
            last_no_postings_reason TEXT,
            last_explanation TEXT,
            previous_postings_found INTEGER,
            partial_drop INTEGER,
            -- The start of the latest successful run that read the source: postings_stored counts from it.
            reading_started_at TEXT,
            latest_started_at TEXT,
            latest_finished_at TEXT,
            open_postings INTEGER NOT NULL DEFAULT 0,
            postings_stored INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        INSERT OR IGNORE INTO source_summaries (source_id) SELECT source_id FROM sources;
        {SourceSummarySql.Recompute("source_summaries.source_id", "1")}

        CREATE TRIGGER IF NOT EXISTS source_summaries_source_insert AFTER INSERT ON sources BEGIN
            INSERT OR IGNORE INTO source_summaries (source_id) VALUES (new.source_id);
        END;
        CREATE TRIGGER IF NOT EXISTS source_summaries_run_insert AFTER INSERT ON scrape_runs BEGIN
            INSERT OR IGNORE INTO source_summaries (source_id) VALUES (new.source_id);
            {SourceSummarySql.Recompute("new.source_id", "source_id = new.source_id")}
        END;
        CREATE TRIGGER IF NOT EXISTS source_summaries_run_update AFTER UPDATE ON scrape_runs BEGIN
            {SourceSummarySql.Recompute("old.source_id", "source_id = old.source_id")}
            {SourceSummarySql.Recompute("new.source_id", "source_id = new.source_id")}
        END;
        CREATE TRIGGER IF NOT EXISTS source_summaries_run_delete AFTER DELETE ON scrape_runs BEGIN
            {SourceSummarySql.Recompute("old.source_id", "source_id = old.source_id")}
        END;

        -- Between runs, each posting written moves its source's two counts by what it changed.
        CREATE TRIGGER IF NOT EXISTS source_summaries_posting_insert AFTER INSERT ON postings BEGIN
            {SourceSummarySql.Count("new", "+")}
        END;
        CREATE TRIGGER IF NOT EXISTS source_summaries_posting_update AFTER UPDATE OF status, last_seen, source_id ON postings
        WHEN old.status IS NOT new.status OR old.last_seen IS NOT new.last_seen OR old.source_id IS NOT new.source_id BEGIN
            {SourceSummarySql.Count("old", "-")}
            {SourceSummarySql.Count("new", "+")}
        END;
        CREATE TRIGGER IF NOT EXISTS source_summaries_posting_delete AFTER DELETE ON postings BEGIN
            {SourceSummarySql.Count("old", "-")}
        END;
        """;

    // Issue 15: a batch indexes its new postings for full-text search in one statement (SqliteFullTextBacklog); the
    // trigger indexed each posting inside its own savepoint, where FTS5 wrote a segment for every posting. The index keeps
    // what it holds; deletes and updates keep their triggers.
    private const string FullTextIndexedByBatchStep = """
        DROP TRIGGER IF EXISTS postings_fts_insert;
        """;

    // Issue 15: one index fewer to write for every posting, and one on a random key (the id), whose pages a first import
    // touches all over: the unique index on id finds a posting as well, and the one statement that used this one (the
    // category counts' trigger, listed_category_counts_category_insert) then reads the row it finds, just written, from
    // the writer's cache. The facet and category counts read the postings through ix_postings_facets and their own tables.
    private const string IdListedIndexDroppedStep = """
        DROP INDEX IF EXISTS ix_postings_id_listed;
        """;

    // Issue 15: a posting's categories and opening title keys point at it by seq, the integer that grows with every
    // posting inserted, instead of its text id, a random key: a first import appended to their indexes instead of
    // dirtying a page of each, all over them, for every posting (about a third of the pages a batch of new postings wrote
    // to the write-ahead log). The rows are copied across and the tables renamed, so the category counts' triggers that
    // read posting_categories are made again for the new column; in the one migration transaction.
    private static readonly string RowsKeyedBySeqStep = $"""
        CREATE TABLE posting_categories_by_seq (
            category TEXT NOT NULL,
            posting_seq INTEGER NOT NULL REFERENCES postings (seq),
            PRIMARY KEY (category, posting_seq)
        ) WITHOUT ROWID;
        INSERT INTO posting_categories_by_seq (category, posting_seq)
        SELECT c.category, p.seq FROM posting_categories c JOIN postings p ON p.id = c.posting_id;

        {ListedFacetCountsSql.DropCategoryTriggers}
        DROP TABLE posting_categories;
        ALTER TABLE posting_categories_by_seq RENAME TO posting_categories;
        CREATE INDEX ix_posting_categories_posting ON posting_categories (posting_seq);
        {ListedFacetCountsSql.CreateCategoryTriggers}

        CREATE TABLE opening_title_keys_by_seq (
            organization_id TEXT NOT NULL,
            key TEXT NOT NULL,
            posting_seq INTEGER NOT NULL,
            PRIMARY KEY (organization_id, key, posting_seq)
        ) WITHOUT ROWID;
        INSERT INTO opening_title_keys_by_seq (organization_id, key, posting_seq)
        SELECT k.organization_id, k.key, p.seq FROM opening_title_keys k JOIN postings p ON p.id = k.posting_id;
        DROP TABLE opening_title_keys;
        ALTER TABLE opening_title_keys_by_seq RENAME TO opening_title_keys;
        CREATE INDEX ix_opening_title_keys_posting ON opening_title_keys (posting_seq);
        """;

    // Issue 15: the opening ids indexed only for the postings that joined an opening another posting started. Every other
    // posting's opening id is "o-" and its own id, a random key, so the whole index took a page per posting of a first
    // import; the posting that started an opening is found by its id instead (SqliteOpeningMembers).
    private const string JoinedPostingsClusterIndexStep = """
        DROP INDEX IF EXISTS ix_postings_cluster;
        CREATE INDEX IF NOT EXISTS ix_postings_cluster_joined ON postings (cluster_id, cluster_rank) WHERE cluster_id <> 'o-' || id;
        """;

    private static readonly string[] Steps =
        [Version1, Version2, Version3, Version4, OpeningTitleKeysStep, FacetIndexesStep, PartialDropStep, ListingIndexesAndSourceSummariesStep,
            ListedFacetCountsSql.Create, FullTextIndexedByBatchStep, IdListedIndexDroppedStep, RowsKeyedBySeqStep,
            JoinedPostingsClusterIndexStep];

    private static readonly SqliteSchemaSteps Versions = new("schema_version", "schema", Steps);

    /// <summary>The version that brought the index of title keys.</summary>
    public static int OpeningTitleKeysVersion => Array.IndexOf(Steps, OpeningTitleKeysStep) + 1;

    /// <summary>The version that brought each source's health kept in <c>source_summaries</c>.</summary>
    public static int SourceSummariesVersion => Array.IndexOf(Steps, ListingIndexesAndSourceSummariesStep) + 1;

    /// <summary>Applies the steps the file lacks, inside <paramref name="transaction"/>; an immediate transaction makes
    /// two processes starting together take turns.</summary>
    /// <returns>The version the file had before: 0 for a new file.</returns>
    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct) =>
        MigrateAsync(connection, transaction, CurrentVersion, ct);

    /// <summary>Applies the steps up to <paramref name="targetVersion"/>; tests make files of an older version with it.</summary>
    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, int targetVersion, CancellationToken ct) =>
        Versions.MigrateAsync(connection, transaction, targetVersion, ct);

    public static Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct) =>
        Versions.ReadVersionAsync(connection, transaction, ct);
}
