using JobAggregator.Store.MongoDb;
using MongoDB.Driver;

namespace JobAggregator.Store.Alerts.MongoDb;

/// <summary>The filters, updates and indexes of the alert collections, built here so tests can render them without a
/// server.</summary>
internal static class MongoAlertQueries
{
    public const string AlertsCollection = "alerts";
    public const string MailsCollection = "alert_mails";

    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Unsubscribed = "unsubscribed";

    private static FilterDefinitionBuilder<AlertDocument> Alerts => Builders<AlertDocument>.Filter;

    private static FilterDefinitionBuilder<AlertMailDocument> Mails => Builders<AlertMailDocument>.Filter;

    public static IReadOnlyList<CreateIndexModel<AlertDocument>> AlertIndexes { get; } =
    [
        new(Builders<AlertDocument>.IndexKeys.Ascending(a => a.Status), new CreateIndexOptions { Name = "ix_status" }),
    ];

    public static IReadOnlyList<CreateIndexModel<AlertMailDocument>> MailIndexes { get; } =
    [
        // The due mails: unsent ones by their next attempt.
        new(
            Builders<AlertMailDocument>.IndexKeys.Ascending(m => m.SentAt).Ascending(m => m.NextAttemptAt),
            new CreateIndexOptions { Name = "ix_sentAt_nextAttemptAt" }),
        new(Builders<AlertMailDocument>.IndexKeys.Ascending(m => m.AlertId), new CreateIndexOptions { Name = "ix_alertId" }),
    ];

    public static FilterDefinition<AlertDocument> ById(string id) => Alerts.Eq(a => a.Id, id);

    public static FilterDefinition<AlertDocument> PendingById(string id) => Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.Status, Pending);

    public static UpdateDefinition<AlertDocument> Confirm(DateTimeOffset at) =>
        Builders<AlertDocument>.Update.Set(a => a.Status, Confirmed).Set(a => a.ConfirmedAt, MongoValues.Instant(at));

    public static FilterDefinition<AlertDocument> SubscribedById(string id) =>
        Alerts.Eq(a => a.Id, id) & Alerts.Ne(a => a.Status, Unsubscribed);

    public static UpdateDefinition<AlertDocument> Unsubscribe(DateTimeOffset at) =>
        Builders<AlertDocument>.Update.Set(a => a.Status, Unsubscribed).Set(a => a.UnsubscribedAt, MongoValues.Instant(at));

    public static FilterDefinition<AlertDocument> SearchAlertById(string id) => Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.Kind, "search");

    public static UpdateDefinition<AlertDocument> SetFrequency(AlertFrequency frequency) =>
        Builders<AlertDocument>.Update.Set(a => a.Frequency, MongoAlertDocuments.Word(frequency));

    public static FilterDefinition<AlertDocument> UnsubscribedById(string id) => Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.Status, Unsubscribed);

    /// <summary>Confirmed again from now, with the digest window starting now: openings seen while it was stopped are
    /// not sent.</summary>
    public static UpdateDefinition<AlertDocument> Resubscribe(DateTimeOffset at) =>
        Builders<AlertDocument>.Update
            .Set(a => a.Status, Confirmed)
            .Set(a => a.ConfirmedAt, MongoValues.Instant(at))
            .Set(a => a.UnsubscribedAt, null)
            .Set(a => a.DigestedUntil, MongoValues.Instant(at));

    public static FilterDefinition<AlertDocument> ConfirmedAlerts => Alerts.Eq(a => a.Status, Confirmed);

    public static FilterDefinition<AlertDocument> ConfirmedById(string id) => Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.Status, Confirmed);

    /// <summary>The alert while its digest window still starts at <paramref name="since"/>: only one run moves it on.</summary>
    public static FilterDefinition<AlertDocument> WindowStartsAt(string id, DateTimeOffset? since) =>
        Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.DigestedUntil, since is { } s ? MongoValues.Instant(s) : null);

    public static UpdateDefinition<AlertDocument> MoveWindowTo(DateTimeOffset until) =>
        Builders<AlertDocument>.Update.Set(a => a.DigestedUntil, MongoValues.Instant(until));

    public static FilterDefinition<AlertDocument> NotReminded(string id) => Alerts.Eq(a => a.Id, id) & Alerts.Eq(a => a.RemindedAt, null);

    public static UpdateDefinition<AlertDocument> Reminded(DateTimeOffset at) =>
        Builders<AlertDocument>.Update.Set(a => a.RemindedAt, MongoValues.Instant(at));

    public static FilterDefinition<AlertMailDocument> MailById(string id) => Mails.Eq(m => m.Id, id);

    public static FilterDefinition<AlertMailDocument> UnsentById(string id) => Mails.Eq(m => m.Id, id) & Mails.Eq(m => m.SentAt, null);

    public static FilterDefinition<AlertMailDocument> UnsentOf(string alertId) => Mails.Eq(m => m.AlertId, alertId) & Mails.Eq(m => m.SentAt, null);

    public static FilterDefinition<AlertMailDocument> Due(DateTimeOffset now) =>
        Mails.Eq(m => m.SentAt, null) & Mails.Eq(m => m.FailedAt, null) & Mails.Lte(m => m.NextAttemptAt, MongoValues.Instant(now));

    public static SortDefinition<AlertMailDocument> Oldest => Builders<AlertMailDocument>.Sort.Ascending(m => m.CreatedAt).Ascending(m => m.Id);

    public static UpdateDefinition<AlertMailDocument> Sent(DateTimeOffset at) =>
        Builders<AlertMailDocument>.Update.Set(m => m.SentAt, MongoValues.Instant(at));

    public static UpdateDefinition<AlertMailDocument> Postponed(DateTimeOffset retryAt, string error) =>
        Builders<AlertMailDocument>.Update.Set(m => m.NextAttemptAt, MongoValues.Instant(retryAt)).Set(m => m.LastError, error);

    public static UpdateDefinition<AlertMailDocument> GivenUp(DateTimeOffset at, string error) =>
        Builders<AlertMailDocument>.Update.Inc(m => m.Attempts, 1).Set(m => m.FailedAt, MongoValues.Instant(at)).Set(m => m.LastError, error);

    public static UpdateDefinition<AlertMailDocument> Failed(DateTimeOffset retryAt, string error) =>
        Builders<AlertMailDocument>.Update.Inc(m => m.Attempts, 1).Set(m => m.NextAttemptAt, MongoValues.Instant(retryAt)).Set(m => m.LastError, error);
}
