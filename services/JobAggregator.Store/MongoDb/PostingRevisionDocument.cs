using JobAggregator.Store.Postings;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>One change of a posting's content hash, in <c>posting_revisions</c>.</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingRevisionDocument
{
    [BsonId]
    public ObjectId Id { get; set; }

    [BsonElement("postingId")]
    public string PostingId { get; set; } = "";

    [BsonElement("at")]
    public DateTime At { get; set; }

    [BsonElement("oldHash")]
    public string OldHash { get; set; } = "";

    [BsonElement("newHash")]
    public string NewHash { get; set; } = "";

    [BsonElement("scrapeRunId")]
    public string ScrapeRunId { get; set; } = "";

    /// <summary>The names of the fields that changed (see <see cref="PostingRevision.ChangedFields"/>); missing in
    /// revisions recorded before it was kept, which read as an empty list.</summary>
    [BsonElement("changedFields")]
    public string[] ChangedFields { get; set; } = [];

    public PostingRevision ToRevision() => new(
        MongoValues.ToInstant(At),
        ChangedFields is { Length: > 0 } fields ? fields : [],
        Guid.TryParse(ScrapeRunId, out var runId) ? runId : Guid.Empty);
}
