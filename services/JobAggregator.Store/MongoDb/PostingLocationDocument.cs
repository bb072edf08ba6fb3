using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

[BsonIgnoreExtraElements]
internal sealed class PostingLocationDocument
{
    [BsonElement("text")]
    public string? Text { get; set; }

    [BsonElement("city")]
    public string? City { get; set; }

    [BsonElement("region")]
    public string? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    [BsonElement("country")]
    public string? Country { get; set; }

    [BsonElement("remote")]
    public bool Remote { get; set; }

    [BsonElement("hybrid")]
    public bool Hybrid { get; set; }

    [BsonElement("otherPlaces")]
    public PostingPlaceDocument[] OtherPlaces { get; set; } = [];
}
