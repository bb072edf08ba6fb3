using JobAggregator.Store.Alerts;
using JobAggregator.Store.Alerts.MongoDb;
using JobAggregator.Store.Tests.MongoDb;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>The alert documents and the commands on them as the driver renders them, through the class maps; no
/// server needed.</summary>
public sealed class MongoAlertDocumentsWithoutServerTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 30, 0, 123, TimeSpan.FromHours(1));

    [Fact]
    public void Alert_is_written_with_lower_case_words_and_utc_dates_and_reads_back_equal()
    {
        var alert = new Alert("a1", "reader@example.test", AlertKind.Reminder, "", "key-1", AlertFrequency.Weekly, AlertStatus.Confirmed, Created, Created.AddHours(1));

        var document = Rendered.Document(MongoAlertDocuments.From(alert));

        Assert.Equal(
            BsonDocument.Parse("""
                { "_id": "a1", "email": "reader@example.test", "kind": "reminder", "search": "", "postingId": "key-1",
                  "frequency": "weekly", "status": "confirmed",
                  "createdAt": ISODate("2026-03-02T08:30:00.123Z"), "confirmedAt": ISODate("2026-03-02T09:30:00.123Z"),
                  "digestedUntil": null, "remindedAt": null, "unsubscribedAt": null }
                """),
            document);
        Assert.Equal(alert, MongoAlertDocuments.ToAlert(BsonSerializer.Deserialize<AlertDocument>(document)));
    }

    [Fact]
    public void Mail_is_written_with_its_outbox_state_and_reads_back_equal()
    {
        var mail = new AlertMail("digest-a1-x", "a1", "reader@example.test", "New openings", "<p>x</p>", "x", "https://example.test/u", Created)
        {
            Attempts = 2,
            NextAttemptAt = Created.AddMinutes(4),
            LastError = "refused",
        };

        var document = Rendered.Document(MongoAlertDocuments.From(mail));

        Assert.Equal(
            BsonDocument.Parse("""
                { "_id": "digest-a1-x", "alertId": "a1", "to": "reader@example.test", "subject": "New openings",
                  "html": "<p>x</p>", "text": "x", "unsubscribeUrl": "https://example.test/u",
                  "createdAt": ISODate("2026-03-02T08:30:00.123Z"), "attempts": 2,
                  "nextAttemptAt": ISODate("2026-03-02T08:34:00.123Z"), "sentAt": null, "lastError": "refused" }
                """),
            document);
        Assert.Equal(mail, MongoAlertDocuments.ToMail(BsonSerializer.Deserialize<AlertMailDocument>(document)));
    }

    [Fact]
    public void Digest_window_moves_only_from_the_start_the_run_read()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "_id": "a1", "digestedUntil": null }"""),
            Rendered.Filter(MongoAlertQueries.WindowStartsAt("a1", null)));
        Assert.Equal(
            BsonDocument.Parse("""{ "_id": "a1", "digestedUntil": ISODate("2026-03-02T08:30:00.123Z") }"""),
            Rendered.Filter(MongoAlertQueries.WindowStartsAt("a1", Created)));
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "digestedUntil": ISODate("2026-03-02T08:30:00.123Z") } }"""),
            Rendered.Update(MongoAlertQueries.MoveWindowTo(Created)));
    }

    [Fact]
    public void Due_mails_are_the_unsent_ones_whose_retry_time_has_come_read_through_an_index()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "sentAt": null, "failedAt": null, "nextAttemptAt": { "$lte": ISODate("2026-03-02T08:30:00.123Z") } }"""),
            Rendered.Filter(MongoAlertQueries.Due(Created)));
        Assert.Equal(
            BsonDocument.Parse("""{ "key": { "sentAt": 1, "nextAttemptAt": 1 }, "name": "ix_sentAt_nextAttemptAt" }"""),
            Rendered.Index(MongoAlertQueries.MailIndexes[0]));
        Assert.Equal(
            BsonDocument.Parse("""{ "$inc": { "attempts": 1 }, "$set": { "nextAttemptAt": ISODate("2026-03-02T08:30:00.123Z"), "lastError": "refused" } }"""),
            Rendered.Update(MongoAlertQueries.Failed(Created, "refused")));
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "nextAttemptAt": ISODate("2026-03-02T08:30:00.123Z"), "lastError": "connection refused" } }"""),
            Rendered.Update(MongoAlertQueries.Postponed(Created, "connection refused")));
        Assert.Equal(
            BsonDocument.Parse("""{ "$inc": { "attempts": 1 }, "$set": { "failedAt": ISODate("2026-03-02T08:30:00.123Z"), "lastError": "550 no such user" } }"""),
            Rendered.Update(MongoAlertQueries.GivenUp(Created, "550 no such user")));
    }

    [Fact]
    public void Only_a_pending_alert_is_confirmed_and_an_unsubscribed_one_is_left_as_it_is()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": "a1", "status": "pending" }"""), Rendered.Filter(MongoAlertQueries.PendingById("a1")));
        Assert.Equal(BsonDocument.Parse("""{ "_id": "a1", "status": { "$ne": "unsubscribed" } }"""), Rendered.Filter(MongoAlertQueries.SubscribedById("a1")));
        Assert.Equal(BsonDocument.Parse("""{ "alertId": "a1", "sentAt": null }"""), Rendered.Filter(MongoAlertQueries.UnsentOf("a1")));
    }

    [Fact]
    public void Frequency_changes_on_a_search_alert_and_resubscribing_starts_a_stopped_alert_and_its_window_again()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": "a1", "kind": "search" }"""), Rendered.Filter(MongoAlertQueries.SearchAlertById("a1")));
        Assert.Equal(BsonDocument.Parse("""{ "$set": { "frequency": "weekly" } }"""), Rendered.Update(MongoAlertQueries.SetFrequency(AlertFrequency.Weekly)));
        Assert.Equal(BsonDocument.Parse("""{ "_id": "a1", "status": "unsubscribed" }"""), Rendered.Filter(MongoAlertQueries.UnsubscribedById("a1")));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "status": "confirmed", "confirmedAt": ISODate("2026-03-02T08:30:00.123Z"), "unsubscribedAt": null,
                            "digestedUntil": ISODate("2026-03-02T08:30:00.123Z") } }
                """),
            Rendered.Update(MongoAlertQueries.Resubscribe(Created)));
    }
}
