using JobAggregator.Contracts;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>The serializer of a document's <c>content</c> element: the message as <see cref="PostingContentMaps"/>
/// maps it. Named by the element's attribute, so the driver makes it when it first maps the document; it answers for
/// the content's members too, so typed filters and sorts render their <c>content.*</c> paths.</summary>
internal sealed class PostingContentSerializer : SerializerBase<PostingNormalized>, IBsonDocumentSerializer
{
    private static readonly BsonClassMapSerializer<PostingNormalized> Mapped = new(PostingContentMaps.ClassMapOf<PostingNormalized>());

    public override PostingNormalized Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        Mapped.Deserialize(context, args);

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, PostingNormalized value) =>
        Mapped.Serialize(context, args, value);

    public bool TryGetMemberSerializationInfo(string memberName, out BsonSerializationInfo serializationInfo) =>
        Mapped.TryGetMemberSerializationInfo(memberName, out serializationInfo);
}
