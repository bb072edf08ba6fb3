using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>A date as a yyyy-MM-dd string, so string order is date order (see <see cref="MongoValues.Date"/>).</summary>
internal sealed class DayStringSerializer : StructSerializerBase<DateOnly>
{
    public override DateOnly Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        MongoValues.ParseDate(context.Reader.ReadString())!.Value;

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, DateOnly value) =>
        context.Writer.WriteString(MongoValues.Date(value));
}
