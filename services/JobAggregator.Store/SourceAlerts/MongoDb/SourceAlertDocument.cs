using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.SourceAlerts.MongoDb;

/// <summary>One source's alert state in <c>source_alerts</c>, keyed by the source id; instants as BSON dates.</summary>
[BsonIgnoreExtraElements]
internal sealed class SourceAlertDocument
{
    [BsonId]
    public string SourceId { get; set; } = "";

    [BsonElement("kind")]
    public string? Kind { get; set; }

    [BsonElement("raisedAt")]
    public DateTime? RaisedAt { get; set; }

    [BsonElement("notifiedAt")]
    public DateTime? NotifiedAt { get; set; }

    [BsonElement("mutedUntil")]
    public DateTime? MutedUntil { get; set; }
}
