using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.Alerts.MongoDb;

/// <summary>One alert in <c>alerts</c>; kind, frequency and status as lower-case words, instants as BSON dates.</summary>
[BsonIgnoreExtraElements]
internal sealed class AlertDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("email")]
    public string Email { get; set; } = "";

    [BsonElement("kind")]
    public string Kind { get; set; } = "";

    [BsonElement("search")]
    public string Search { get; set; } = "";

    [BsonElement("postingId")]
    [BsonIgnoreIfNull]
    public string? PostingId { get; set; }

    [BsonElement("frequency")]
    public string Frequency { get; set; } = "";

    [BsonElement("status")]
    public string Status { get; set; } = "";

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; }

    [BsonElement("confirmedAt")]
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>Written as null until the first digest, so a filter on null finds the alert (a missing field would too,
    /// but a present one reads plainer in the shell).</summary>
    [BsonElement("digestedUntil")]
    public DateTime? DigestedUntil { get; set; }

    [BsonElement("remindedAt")]
    public DateTime? RemindedAt { get; set; }

    [BsonElement("unsubscribedAt")]
    public DateTime? UnsubscribedAt { get; set; }
}
