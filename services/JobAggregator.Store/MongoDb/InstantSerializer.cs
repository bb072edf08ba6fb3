using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>An instant as a BSON date: UTC, whole milliseconds (see <see cref="MongoValues.Instant"/>); read back in
/// UTC.</summary>
internal sealed class InstantSerializer : StructSerializerBase<DateTimeOffset>
{
    public override DateTimeOffset Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        MongoValues.ToInstant(BsonUtils.ToDateTimeFromMillisecondsSinceEpoch(context.Reader.ReadDateTime()));

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, DateTimeOffset value) =>
        context.Writer.WriteDateTime(BsonUtils.ToMillisecondsSinceEpoch(MongoValues.Instant(value)));
}
