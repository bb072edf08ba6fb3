using JobAggregator.Store.MongoDb;

namespace JobAggregator.Store.Alerts.MongoDb;

/// <summary>Alerts and mails to and from their documents.</summary>
internal static class MongoAlertDocuments
{
    public static AlertDocument From(Alert alert) => new()
    {
        Id = alert.Id,
        Email = alert.Email,
        Kind = Word(alert.Kind),
        Search = alert.Search,
        PostingId = alert.PostingId,
        Frequency = Word(alert.Frequency),
        Status = Word(alert.Status),
        CreatedAt = MongoValues.Instant(alert.CreatedAt),
        ConfirmedAt = Instant(alert.ConfirmedAt),
        DigestedUntil = Instant(alert.DigestedUntil),
        RemindedAt = Instant(alert.RemindedAt),
        UnsubscribedAt = Instant(alert.UnsubscribedAt),
    };

    public static Alert ToAlert(AlertDocument document) => new(
        document.Id,
        document.Email,
        Enum.Parse<AlertKind>(document.Kind, ignoreCase: true),
        document.Search,
        document.PostingId,
        Enum.Parse<AlertFrequency>(document.Frequency, ignoreCase: true),
        Enum.Parse<AlertStatus>(document.Status, ignoreCase: true),
        MongoValues.ToInstant(document.CreatedAt),
        MongoValues.ToInstant(document.ConfirmedAt),
        MongoValues.ToInstant(document.DigestedUntil),
        MongoValues.ToInstant(document.RemindedAt),
        MongoValues.ToInstant(document.UnsubscribedAt));

    public static AlertMailDocument From(AlertMail mail) => new()
    {
        Id = mail.Id,
        AlertId = mail.AlertId,
        To = mail.To,
        Subject = mail.Subject,
        HtmlBody = mail.HtmlBody,
        TextBody = mail.TextBody,
        UnsubscribeUrl = mail.UnsubscribeUrl,
        CreatedAt = MongoValues.Instant(mail.CreatedAt),
        Attempts = mail.Attempts,
        NextAttemptAt = MongoValues.Instant(mail.NextAttemptAt),
        SentAt = Instant(mail.SentAt),
        LastError = mail.LastError,
        FailedAt = Instant(mail.FailedAt),
    };

    public static AlertMail ToMail(AlertMailDocument document) => new(
        document.Id,
        document.AlertId,
        document.To,
        document.Subject,
        document.HtmlBody,
        document.TextBody,
        document.UnsubscribeUrl,
        MongoValues.ToInstant(document.CreatedAt))
    {
        Attempts = document.Attempts,
        NextAttemptAt = MongoValues.ToInstant(document.NextAttemptAt),
        SentAt = MongoValues.ToInstant(document.SentAt),
        LastError = document.LastError,
        FailedAt = MongoValues.ToInstant(document.FailedAt),
    };

    private static DateTime? Instant(DateTimeOffset? value) => value is { } v ? MongoValues.Instant(v) : null;

    public static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
