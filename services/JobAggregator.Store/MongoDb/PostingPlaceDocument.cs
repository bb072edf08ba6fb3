using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>One of the further places of a posting that names several.</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingPlaceDocument
{
    [BsonElement("city")]
    public string? City { get; set; }

    [BsonElement("region")]
    public string? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [BsonElement("country")]
    public string? Country { get; set; }
}
