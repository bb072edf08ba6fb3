using JobAggregator.Store.Alerts;
using JobAggregator.Store.Alerts.Sqlite;
using JobAggregator.Store.Tests.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>The alert tables' numbered steps, on a real SQLite file: a file made before the steps were counted is
/// upgraded in place and keeps its alerts and mails.</summary>
public sealed class SqliteAlertSchemaTests : IDisposable
{
    /// <summary>The alert tables exactly as the first release created them, with CREATE ... IF NOT EXISTS and no version.
    /// </summary>
    private const string FirstRelease = """
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

        INSERT INTO alerts (id, email, kind, search, posting_id, frequency, status, created_at, confirmed_at)
        VALUES ('a1', 'reader@example.test', 'search', '?q=lawyer', NULL, 'weekly', 'confirmed',
                '2026-03-02T09:30:00.0000000+00:00', '2026-03-02T09:40:00.0000000+00:00');
        INSERT INTO alert_mails (id, alert_id, recipient, subject, html_body, text_body, unsubscribe_url, created_at, attempts, next_attempt_at, last_error)
        VALUES ('digest-a1-w1', 'a1', 'reader@example.test', '1 new opening', '<p>x</p>', 'x', 'https://jobs.example.test/u',
                '2026-03-03T09:30:00.0000000+00:00', 2, '2026-03-03T09:34:00.0000000+00:00', 'refused');
        """;

    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_made_before_the_steps_were_counted_is_upgraded_in_place_and_keeps_its_alerts_and_mails()
    {
        await RunAsync(FirstRelease);
        var store = new SqliteAlertStore(_sqlite.Database);

        await store.InitializeAsync(Ct);

        Assert.Equal((long)SqliteAlertSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM alert_schema_version;", Ct));
        var alert = await store.GetAsync("a1", Ct);
        Assert.Equal(
            new Alert("a1", "reader@example.test", AlertKind.Search, "?q=lawyer", null, AlertFrequency.Weekly, AlertStatus.Confirmed, Created, Created.AddMinutes(10)),
            alert);
        var mail = Assert.Single(await store.DueMailsAsync(Created.AddDays(2), 10, Ct));
        Assert.Equal(("digest-a1-w1", 2, "refused", (DateTimeOffset?)null), (mail.Id, mail.Attempts, mail.LastError, mail.FailedAt));
        await store.GiveUpAsync("digest-a1-w1", Created.AddDays(2), "550 no such user", Ct);
        Assert.Empty(await store.DueMailsAsync(Created.AddDays(3), 10, Ct));
    }

    [Fact]
    public async Task Each_step_is_applied_once_however_often_the_store_starts()
    {
        var store = new SqliteAlertStore(_sqlite.Database);

        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        Assert.Equal((long)SqliteAlertSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM alert_schema_version;", Ct));
        Assert.Equal((long)SqliteAlertSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM alert_schema_version;", Ct));
    }

    [Fact]
    public async Task A_file_of_a_newer_alert_schema_is_refused_with_both_versions_named()
    {
        var newer = SqliteAlertSchema.CurrentVersion + 1;
        await RunAsync($"""
            CREATE TABLE alert_schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);
            INSERT INTO alert_schema_version (version, applied_at) VALUES ({newer}, '2030-01-01T00:00:00.0000000+00:00');
            """);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteAlertStore(_sqlite.Database).InitializeAsync(Ct));

        Assert.Contains($"alert schema version {newer}", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"({SqliteAlertSchema.CurrentVersion})", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sqlite.Dispose();

    private async Task RunAsync(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sqlite.FilePath)!);
        await using var connection = new SqliteConnection($"Data Source={_sqlite.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
