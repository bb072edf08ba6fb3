using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>A source's open postings, counted by <see cref="MongoQueries.OpenPostingsBySource"/>.</summary>
[BsonIgnoreExtraElements]
internal sealed class SourcePostingCount
{
    [BsonId]
    public string SourceId { get; set; } = "";

    [BsonElement("count")]
    public int Count { get; set; }
}
