using System.Globalization;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>A run id as its string, as <see cref="ScrapeRunDocument.IdOf"/> writes it.</summary>
internal sealed class GuidStringSerializer : StructSerializerBase<Guid>
{
    public override Guid Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        Guid.Parse(context.Reader.ReadString(), CultureInfo.InvariantCulture);

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, Guid value) =>
        context.Writer.WriteString(ScrapeRunDocument.IdOf(value));
}
