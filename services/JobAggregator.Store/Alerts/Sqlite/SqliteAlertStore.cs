using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;
using static JobAggregator.Store.Sqlite.SqliteValues;

namespace JobAggregator.Store.Alerts.Sqlite;

/// <summary>Alerts and their outbox in the store's SQLite file, written through its one writer.</summary>
internal sealed class SqliteAlertStore(SqliteDatabase database) : IAlertStore
{
    private const string AlertColumns =
        "id, email, kind, search, posting_id, frequency, status, created_at, confirmed_at, digested_until, reminded_at, unsubscribed_at";

    private const string MailColumns =
        "id, alert_id, recipient, subject, html_body, text_body, unsubscribe_url, created_at, attempts, next_attempt_at, sent_at, last_error, failed_at";

    public async Task InitializeAsync(CancellationToken ct)
    {
        if (Path.GetDirectoryName(database.FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await database.WriteAsync(
            async (connection, transaction) => await SqliteAlertSchema.MigrateAsync(connection, transaction, ct),
            ct);
    }

    public Task AddAsync(Alert alert, AlertMail confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(confirmation);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using (var insert = connection.Command(
                    $"INSERT INTO alerts ({AlertColumns}) VALUES ($id, $email, $kind, $search, $posting_id, $frequency, $status, $created_at, $confirmed_at, $digested_until, $reminded_at, $unsubscribed_at)",
                    transaction))
                {
                    insert.With("$id", alert.Id).With("$email", alert.Email).With("$kind", Name(alert.Kind))
                        .With("$search", alert.Search).With("$posting_id", alert.PostingId)
                        .With("$frequency", Name(alert.Frequency)).With("$status", Name(alert.Status))
                        .With("$created_at", Instant(alert.CreatedAt)).With("$confirmed_at", InstantOrNull(alert.ConfirmedAt))
                        .With("$digested_until", InstantOrNull(alert.DigestedUntil)).With("$reminded_at", InstantOrNull(alert.RemindedAt))
                        .With("$unsubscribed_at", InstantOrNull(alert.UnsubscribedAt));
                    await insert.ExecuteNonQueryAsync(ct);
                }

                await InsertMailAsync(connection, transaction, confirmation, ct);
            },
            ct);
    }

    public async Task<Alert?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    public Task<Alert?> ConfirmAsync(string id, DateTimeOffset at, CancellationToken ct) =>
        ChangeAsync(id, "UPDATE alerts SET status = 'confirmed', confirmed_at = $at WHERE id = $id AND status = 'pending'", at, ct);

    public Task<Alert?> UnsubscribeAsync(string id, DateTimeOffset at, CancellationToken ct) =>
        ChangeAsync(
            id,
            """
            UPDATE alerts SET status = 'unsubscribed', unsubscribed_at = $at WHERE id = $id AND status <> 'unsubscribed';
            DELETE FROM alert_mails WHERE alert_id = $id AND sent_at IS NULL;
            """,
            at,
            ct);

    public Task<Alert?> ChangeFrequencyAsync(string id, AlertFrequency frequency, CancellationToken ct) =>
        ChangeAsync(
            id,
            "UPDATE alerts SET frequency = $frequency WHERE id = $id AND kind = 'search'",
            command => command.With("$frequency", Name(frequency)),
            ct);

    public Task<Alert?> ResubscribeAsync(string id, DateTimeOffset at, CancellationToken ct) =>
        ChangeAsync(
            id,
            """
            UPDATE alerts SET status = 'confirmed', confirmed_at = $at, unsubscribed_at = NULL, digested_until = $at
            WHERE id = $id AND status = 'unsubscribed'
            """,
            command => command.With("$at", Instant(at)),
            ct);

    public async Task<IReadOnlyList<Alert>> ListConfirmedAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command($"SELECT {AlertColumns} FROM alerts WHERE status = 'confirmed' ORDER BY created_at, id");
        await using var reader = await select.ExecuteReaderAsync(ct);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(ct))
        {
            alerts.Add(ReadAlert(reader));
        }

        return alerts;
    }

    public async Task<bool> RecordDigestAsync(string alertId, DateTimeOffset? since, DateTimeOffset until, AlertMail digest, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var recorded = false;
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                recorded = await InsertMailAsync(connection, transaction, digest, ct, onlyIfConfirmed: true);
                await using var advance = connection.Command(
                    "UPDATE alerts SET digested_until = $until WHERE id = $id AND digested_until IS $since",
                    transaction);
                advance.With("$id", alertId).With("$until", Instant(until)).With("$since", InstantOrNull(since));
                await advance.ExecuteNonQueryAsync(ct);
            },
            ct);
        return recorded;
    }

    public async Task<bool> RecordReminderAsync(string alertId, DateTimeOffset at, AlertMail reminder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var recorded = false;
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                recorded = await InsertMailAsync(connection, transaction, reminder, ct, onlyIfConfirmed: true);
                await using var mark = connection.Command(
                    "UPDATE alerts SET reminded_at = $at WHERE id = $id AND reminded_at IS NULL",
                    transaction);
                mark.With("$id", alertId).With("$at", Instant(at));
                await mark.ExecuteNonQueryAsync(ct);
            },
            ct);
        return recorded;
    }

    public async Task<IReadOnlyList<AlertMail>> DueMailsAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command(
            $"SELECT {MailColumns} FROM alert_mails WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $now ORDER BY created_at, id LIMIT $limit");
        select.With("$now", Instant(now)).With("$limit", limit);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var mails = new List<AlertMail>();
        while (await reader.ReadAsync(ct))
        {
            mails.Add(ReadMail(reader));
        }

        return mails;
    }

    public async Task<AlertMail?> GetMailAsync(string id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command($"SELECT {MailColumns} FROM alert_mails WHERE id = $id");
        select.With("$id", id);
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadMail(reader) : null;
    }

    public Task MarkSentAsync(string mailId, DateTimeOffset at, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var mark = connection.Command("UPDATE alert_mails SET sent_at = $at WHERE id = $id AND sent_at IS NULL", transaction);
                mark.With("$id", mailId).With("$at", Instant(at));
                await mark.ExecuteNonQueryAsync(ct);
            },
            ct);

    public Task MarkFailedAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var mark = connection.Command(
                    "UPDATE alert_mails SET attempts = attempts + 1, next_attempt_at = $retry_at, last_error = $error WHERE id = $id AND sent_at IS NULL",
                    transaction);
                mark.With("$id", mailId).With("$retry_at", Instant(retryAt)).With("$error", failure);
                await mark.ExecuteNonQueryAsync(ct);
            },
            ct);

    public Task PostponeAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var mark = connection.Command(
                    "UPDATE alert_mails SET next_attempt_at = $retry_at, last_error = $error WHERE id = $id AND sent_at IS NULL",
                    transaction);
                mark.With("$id", mailId).With("$retry_at", Instant(retryAt)).With("$error", failure);
                await mark.ExecuteNonQueryAsync(ct);
            },
            ct);

    public Task GiveUpAsync(string mailId, DateTimeOffset at, string failure, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var mark = connection.Command(
                    "UPDATE alert_mails SET attempts = attempts + 1, failed_at = $at, last_error = $error WHERE id = $id AND sent_at IS NULL",
                    transaction);
                mark.With("$id", mailId).With("$at", Instant(at)).With("$error", failure);
                await mark.ExecuteNonQueryAsync(ct);
            },
            ct);

    private Task<Alert?> ChangeAsync(string id, string sql, DateTimeOffset at, CancellationToken ct) =>
        ChangeAsync(id, sql, command => command.With("$at", Instant(at)), ct);

    private async Task<Alert?> ChangeAsync(string id, string sql, Action<SqliteCommand> parameters, CancellationToken ct)
    {
        Alert? alert = null;
        await database.WriteAsync(
            async (connection, transaction) =>
            {
                await using (var change = connection.Command(sql, transaction))
                {
                    change.With("$id", id);
                    parameters(change);
                    await change.ExecuteNonQueryAsync(ct);
                }

                alert = await GetAsync(connection, transaction, id, ct);
            },
            ct);
        return alert;
    }

    private static async Task<Alert?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken ct)
    {
        await using var select = connection.Command($"SELECT {AlertColumns} FROM alerts WHERE id = $id", transaction);
        select.With("$id", id);
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAlert(reader) : null;
    }

    /// <returns>False when a mail with the same id is recorded already (or, with <paramref name="onlyIfConfirmed"/>,
    /// when the alert is not confirmed).</returns>
    private static async Task<bool> InsertMailAsync(
        SqliteConnection connection, SqliteTransaction transaction, AlertMail mail, CancellationToken ct, bool onlyIfConfirmed = false)
    {
        // A WHERE clause in both cases: without one SQLite cannot tell the upsert's ON CONFLICT from a join's ON.
        var condition = onlyIfConfirmed ? "WHERE EXISTS (SELECT 1 FROM alerts WHERE id = $alert_id AND status = 'confirmed')" : "WHERE true";
        await using var insert = connection.Command(
            $"""
            INSERT INTO alert_mails ({MailColumns})
            SELECT $id, $alert_id, $recipient, $subject, $html_body, $text_body, $unsubscribe_url, $created_at, $attempts, $next_attempt_at, $sent_at, $last_error, $failed_at
            {condition}
            ON CONFLICT (id) DO NOTHING
            """,
            transaction);
        insert.With("$id", mail.Id).With("$alert_id", mail.AlertId).With("$recipient", mail.To).With("$subject", mail.Subject)
            .With("$html_body", mail.HtmlBody).With("$text_body", mail.TextBody).With("$unsubscribe_url", mail.UnsubscribeUrl)
            .With("$created_at", Instant(mail.CreatedAt)).With("$attempts", mail.Attempts)
            .With("$next_attempt_at", Instant(mail.NextAttemptAt)).With("$sent_at", InstantOrNull(mail.SentAt))
            .With("$last_error", mail.LastError).With("$failed_at", InstantOrNull(mail.FailedAt));
        return await insert.ExecuteNonQueryAsync(ct) == 1;
    }

    private static Alert ReadAlert(SqliteDataReader reader) => new(
        reader.GetString("id"),
        reader.GetString("email"),
        Enum.Parse<AlertKind>(reader.GetString("kind"), ignoreCase: true),
        reader.GetString("search"),
        reader.GetStringOrNull("posting_id"),
        Enum.Parse<AlertFrequency>(reader.GetString("frequency"), ignoreCase: true),
        Enum.Parse<AlertStatus>(reader.GetString("status"), ignoreCase: true),
        ParseInstant(reader.GetString("created_at")),
        ReadInstant(reader, "confirmed_at"),
        ReadInstant(reader, "digested_until"),
        ReadInstant(reader, "reminded_at"),
        ReadInstant(reader, "unsubscribed_at"));

    private static AlertMail ReadMail(SqliteDataReader reader) => new(
        reader.GetString("id"),
        reader.GetString("alert_id"),
        reader.GetString("recipient"),
        reader.GetString("subject"),
        reader.GetString("html_body"),
        reader.GetString("text_body"),
        reader.GetString("unsubscribe_url"),
        ParseInstant(reader.GetString("created_at")))
    {
        Attempts = (int)reader.GetInt64("attempts"),
        NextAttemptAt = ParseInstant(reader.GetString("next_attempt_at")),
        SentAt = ReadInstant(reader, "sent_at"),
        LastError = reader.GetStringOrNull("last_error"),
        FailedAt = ReadInstant(reader, "failed_at"),
    };

    private static DateTimeOffset? ReadInstant(SqliteDataReader reader, string column) =>
        reader.GetStringOrNull(column) is { } text ? ParseInstant(text) : null;

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
