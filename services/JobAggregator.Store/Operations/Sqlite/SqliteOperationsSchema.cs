using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Operations.Sqlite;

/// <summary>The console's tables, in the store's SQLite file beside the postings, applied in numbered steps recorded in
/// <c>operations_schema_version</c> as the alerts' are in theirs: their own count, so they join a file of any posting
/// schema version. A later change is a new step, never an edit of a shipped one.</summary>
internal static class SqliteOperationsSchema
{
    public static int CurrentVersion => Steps.Length;

    private const string Version1 = """
        CREATE TABLE source_pauses (
            source_id TEXT NOT NULL PRIMARY KEY,
            paused_by TEXT NOT NULL,
            paused_at TEXT NOT NULL
        );

        CREATE TABLE operator_actions (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            operator TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            detail TEXT
        );
        """;

    private static readonly string[] Steps = [Version1];

    private static readonly SqliteSchemaSteps Versions = new("operations_schema_version", "operations schema", Steps);

    public static Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct) =>
        Versions.MigrateAsync(connection, transaction, CurrentVersion, ct);
}
