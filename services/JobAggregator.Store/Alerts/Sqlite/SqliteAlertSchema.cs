using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Alerts.Sqlite;

/// <summary>The alert tables, in the store's SQLite file beside the postings, applied in numbered steps recorded in
/// <c>alert_schema_version</c> as <see cref="SqliteSchema"/> records the postings' in <c>schema_version</c>: their own
/// count, so they join a file of any posting schema version. A later change is a new step, never an edit of a shipped
/// one.</summary>
internal static class SqliteAlertSchema
{
    public static int CurrentVersion => Steps.Length;

    // The tables as the first release created them, before steps were counted: still guarded with IF NOT EXISTS, so a
    // file that release made takes this step as a no-op and is then counted at version 1.
    private const string Version1 = """
        CREATE TABLE IF NOT EXISTS alerts (
            id TEXT NOT NULL PRIMARY KEY,
            email TEXT NOT NULL,
            kind TEXT NOT NULL,
            search TEXT NOT NULL,
            posting_id TEXT,
            frequency TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            confirmed_at TEXT,
            digested_until TEXT,
            reminded_at TEXT,
            unsubscribed_at TEXT
        );

        CREATE INDEX IF NOT EXISTS ix_alerts_status ON alerts (status);

        CREATE TABLE IF NOT EXISTS alert_mails (
            id TEXT NOT NULL PRIMARY KEY,
            alert_id TEXT NOT NULL REFERENCES alerts (id),
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL,
            html_body TEXT NOT NULL,
            text_body TEXT NOT NULL,
            unsubscribe_url TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            sent_at TEXT,
            last_error TEXT
        );

        CREATE INDEX IF NOT EXISTS ix_alert_mails_unsent ON alert_mails (next_attempt_at) WHERE sent_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_alert_mails_alert ON alert_mails (alert_id);
        """;

    /// <summary>A mail given up on (refused for good, or for now too often) is kept, marked, and no longer due.</summary>
    private const string Version2 = """
        ALTER TABLE alert_mails ADD COLUMN failed_at TEXT;
        DROP INDEX ix_alert_mails_unsent;
        CREATE INDEX ix_alert_mails_unsent ON alert_mails (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
        """;

    private static readonly string[] Steps = [Version1, Version2];

    private static readonly SqliteSchemaSteps Versions = new("alert_schema_version", "alert schema", Steps);

    /// <summary>Applies the steps the file lacks, inside <paramref name="transaction"/>.</summary>
    /// <returns>The version the file had before: 0 for a new file, or one made before steps were counted.</returns>
    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct) =>
        MigrateAsync(connection, transaction, CurrentVersion, ct);

    /// <summary>Applies the steps up to <paramref name="targetVersion"/>; tests make files of an older version with it.</summary>
    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, int targetVersion, CancellationToken ct) =>
        Versions.MigrateAsync(connection, transaction, targetVersion, ct);

    public static Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct) =>
        Versions.ReadVersionAsync(connection, transaction, ct);
}
