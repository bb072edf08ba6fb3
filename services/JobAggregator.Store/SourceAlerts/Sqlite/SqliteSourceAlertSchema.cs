using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.SourceAlerts.Sqlite;

/// <summary>The source alert table, in the store's SQLite file, applied in numbered steps recorded in
/// <c>source_alert_schema_version</c>: its own count, as the job seekers' alerts keep theirs.</summary>
internal static class SqliteSourceAlertSchema
{
    public static int CurrentVersion => Steps.Length;

    private const string Version1 = """
        CREATE TABLE source_alerts (
            source_id TEXT NOT NULL PRIMARY KEY,
            kind TEXT,
            raised_at TEXT,
            notified_at TEXT,
            muted_until TEXT
        );
        """;

    private static readonly string[] Steps = [Version1];

    private static readonly SqliteSchemaSteps Versions = new("source_alert_schema_version", "source alert schema", Steps);

    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct) =>
        Versions.MigrateAsync(connection, transaction, CurrentVersion, ct);
}
