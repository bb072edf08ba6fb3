namespace JobAggregator.Store.Alerts;

/// <summary>Alerts and their outbox of mails. A mail is recorded before it is sent and marked after, so a mail server
/// that is down delays it, and a digest recorded once for its window is never recorded again.</summary>
public interface IAlertStore
{
    /// <summary>Creates the tables or collections and their indexes; safe to run again.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>Saves a new alert with its confirmation mail, together.</summary>
    Task AddAsync(Alert alert, AlertMail confirmation, CancellationToken ct);

    Task<Alert?> GetAsync(string id, CancellationToken ct);

    /// <summary>Confirms a pending alert; confirming it again changes nothing.</summary>
    /// <returns>The alert as it is now; null when unknown.</returns>
    Task<Alert?> ConfirmAsync(string id, DateTimeOffset at, CancellationToken ct);

    /// <summary>Stops the alert and drops its mails not sent yet.</summary>
    /// <returns>The alert as it is now; null when unknown.</returns>
    Task<Alert?> UnsubscribeAsync(string id, DateTimeOffset at, CancellationToken ct);

    /// <summary>Sets how often a search alert's digest comes; the next one is due a period of the new length after the
    /// last one.</summary>
    /// <returns>The alert as it is now; null when unknown.</returns>
    Task<Alert?> ChangeFrequencyAsync(string id, AlertFrequency frequency, CancellationToken ct);

    /// <summary>Starts an unsubscribed alert again, confirmed at once: the signed manage link that asks was mailed to the
    /// address, which proves it. Its next digest lists only openings first seen after <paramref name="at"/>.</summary>
    /// <returns>The alert as it is now; null when unknown.</returns>
    Task<Alert?> ResubscribeAsync(string id, DateTimeOffset at, CancellationToken ct);

    /// <summary>Every confirmed alert.</summary>
    Task<IReadOnlyList<Alert>> ListConfirmedAsync(CancellationToken ct);

    /// <summary>Records <paramref name="digest"/> and moves the alert's window on to <paramref name="until"/>, unless a
    /// digest for the window starting at <paramref name="since"/> is recorded already (its id says the window).</summary>
    /// <returns>True when this call recorded it.</returns>
    Task<bool> RecordDigestAsync(string alertId, DateTimeOffset? since, DateTimeOffset until, AlertMail digest, CancellationToken ct);

    /// <summary>Records the one reminder of a reminder alert, unless it is recorded already.</summary>
    /// <returns>True when this call recorded it.</returns>
    Task<bool> RecordReminderAsync(string alertId, DateTimeOffset at, AlertMail reminder, CancellationToken ct);

    /// <summary>Mails not sent yet whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<AlertMail>> DueMailsAsync(DateTimeOffset now, int limit, CancellationToken ct);

    Task<AlertMail?> GetMailAsync(string id, CancellationToken ct);

    Task MarkSentAsync(string mailId, DateTimeOffset at, CancellationToken ct);

    /// <summary>Counts an attempt the server refused for now and holds the mail until <paramref name="retryAt"/>.</summary>
    Task MarkFailedAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct);

    /// <summary>Holds the mail until <paramref name="retryAt"/> without counting an attempt: the server could not be
    /// reached.</summary>
    Task PostponeAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct);

    /// <summary>Counts a refused attempt and gives the mail up: it is never due again.</summary>
    Task GiveUpAsync(string mailId, DateTimeOffset at, string failure, CancellationToken ct);
}
