using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.Alerts.MongoDb;

/// <summary>One mail of the outbox in <c>alert_mails</c>; its <c>_id</c> says what it is for, so it is recorded once.</summary>
[BsonIgnoreExtraElements]
internal sealed class AlertMailDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("alertId")]
    public string AlertId { get; set; } = "";

    [BsonElement("to")]
    public string To { get; set; } = "";

    [BsonElement("subject")]
    public string Subject { get; set; } = "";

    [BsonElement("html")]
    public string HtmlBody { get; set; } = "";

    [BsonElement("text")]
    public string TextBody { get; set; } = "";

    [BsonElement("unsubscribeUrl")]
    public string UnsubscribeUrl { get; set; } = "";

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("attempts")]
    public int Attempts { get; set; }

    [BsonElement("nextAttemptAt")]
    public DateTime NextAttemptAt { get; set; }

    [BsonElement("sentAt")]
    public DateTime? SentAt { get; set; }

    [BsonElement("lastError")]
    [BsonIgnoreIfNull]
    public string? LastError { get; set; }

    [BsonElement("failedAt")]
    [BsonIgnoreIfNull]
    public DateTime? FailedAt { get; set; }
}
