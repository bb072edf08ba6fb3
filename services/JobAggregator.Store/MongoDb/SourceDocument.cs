using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>A source that has sent a posting or a run, in <c>sources</c>; its health is derived from its runs.</summary>
[BsonIgnoreExtraElements]
internal sealed class SourceDocument
{
    [BsonId]
    public string Id { get; set; } = "";
}
