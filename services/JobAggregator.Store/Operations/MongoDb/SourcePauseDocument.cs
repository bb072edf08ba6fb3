using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.Operations.MongoDb;

/// <summary>A paused source in <c>source_pauses</c>, by its id (<c>_id</c>).</summary>
[BsonIgnoreExtraElements]
internal sealed class SourcePauseDocument
{
    [BsonId]
    public string SourceId { get; set; } = "";

    [BsonElement("pausedBy")]
    public string PausedBy { get; set; } = "";

    [BsonElement("pausedAt")]
    public DateTime PausedAt { get; set; }
}
