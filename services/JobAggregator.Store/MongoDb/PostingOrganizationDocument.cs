using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

[BsonIgnoreExtraElements]
internal sealed class PostingOrganizationDocument
{
    [BsonElement("id")]
    public string Id { get; set; } = "";

    [BsonElement("name")]
    public string Name { get; set; } = "";
}
