using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.Operations.MongoDb;

/// <summary>One operator action in <c>operator_actions</c>; its ObjectId orders actions made in the same millisecond.</summary>
[BsonIgnoreExtraElements]
internal sealed class OperatorActionDocument
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("at")]
    public DateTime At { get; set; }

    [BsonElement("operator")]
    public string Operator { get; set; } = "";

    [BsonElement("action")]
    public string Action { get; set; } = "";

    [BsonElement("target")]
    public string Target { get; set; } = "";

    [BsonElement("detail")]
    public string? Detail { get; set; }
}
