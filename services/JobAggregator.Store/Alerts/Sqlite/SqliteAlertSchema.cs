namespace JobAggregator.Store.Alerts.Sqlite;

/// <summary>The alert tables, in the store's SQLite file beside the postings; created if missing, so they join a file
/// of any posting schema version. A later change is a new statement guarded the same way, never an edit of these.</summary>
internal static class SqliteAlertSchema
{
    public const string Create = """
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
}
