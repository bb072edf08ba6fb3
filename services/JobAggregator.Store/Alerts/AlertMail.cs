namespace JobAggregator.Store.Alerts;

/// <summary>A mail in the outbox, rendered once when recorded, so every retry sends the same message.</summary>
/// <param name="Id">Says what the mail is for (<c>digest-{alert}-{window start}</c>, <c>reminder-{alert}</c>,
/// <c>confirm-{alert}</c>), so recording it twice records it once.</param>
/// <param name="UnsubscribeUrl">The one-click unsubscribe address, for the List-Unsubscribe header.</param>
public sealed record AlertMail(
    string Id,
    string AlertId,
    string To,
    string Subject,
    string HtmlBody,
    string TextBody,
    string UnsubscribeUrl,
    DateTimeOffset CreatedAt)
{
    /// <summary>Attempts the mail server answered with a refusal; attempts while it could not be reached are not
    /// counted, so a server that is down never makes a mail give up.</summary>
    public int Attempts { get; init; }

    /// <summary>Not sent before this instant: the creation time, then later after each failure.</summary>
    public DateTimeOffset NextAttemptAt { get; init; } = CreatedAt;

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>When sending was given up: the server refused the mail for good (5xx, an address it rejects), or for now
    /// too many times. Never due again; <see cref="LastError"/> says why.</summary>
    public DateTimeOffset? FailedAt { get; init; }
}
