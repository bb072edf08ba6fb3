using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>A list as a BSON array; an empty one reads as the shared empty array, as a record's <c>[]</c> default holds,
/// so records without values compare equal after a round trip (the SQLite store's SharedEmptyListConverter does the
/// same).</summary>
internal sealed class SharedEmptyListSerializer<T>(IBsonSerializer<T> itemSerializer)
    : SerializerBase<IReadOnlyList<T>>, IBsonArraySerializer
{
    public override IReadOnlyList<T> Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        var reader = context.Reader;
        if (reader.GetCurrentBsonType() == BsonType.Null)
        {
            reader.ReadNull();
            return [];
        }

        var items = new List<T>();
        reader.ReadStartArray();
        while (reader.ReadBsonType() != BsonType.EndOfDocument)
        {
            items.Add(itemSerializer.Deserialize(context));
        }

        reader.ReadEndArray();
        return items.Count > 0 ? items : Array.Empty<T>();
    }

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, IReadOnlyList<T> value)
    {
        var writer = context.Writer;
        writer.WriteStartArray();
        foreach (var item in value ?? [])
        {
            itemSerializer.Serialize(context, item);
        }

        writer.WriteEndArray();
    }

    public bool TryGetItemSerializationInfo(out BsonSerializationInfo serializationInfo)
    {
        serializationInfo = new BsonSerializationInfo(null, itemSerializer, typeof(T));
        return true;
    }
}
