using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>What an upsert needs to know of the posting already stored: the few fields of a
/// <see cref="PostingDocument"/> that <see cref="MongoPostingCommands.StateProjection"/> reads.</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingStateDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("sourceId")]
    public string SourceId { get; set; } = "";

    /// <summary>Only what <see cref="MongoPostingCommands.StateProjection"/> names of it is read: the organisation's id,
    /// the content hash, the closing date and whether it is open until filled; the rest is left at its default.</summary>
    [BsonElement("content")]
    [BsonSerializer(typeof(PostingContentSerializer))]
    public PostingNormalized? Content { get; set; }

    [BsonElement("lastSeen")]
    public DateTime LastSeen { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = MongoValues.Open;

    [BsonElement("closedAt")]
    public DateTime? ClosedAt { get; set; }

    [BsonElement("closedByRunStartedAt")]
    public DateTime? ClosedByRunStartedAt { get; set; }

    [BsonElement("version")]
    public long Version { get; set; }

    [BsonElement("firstSeen")]
    public DateTime FirstSeen { get; set; }

    [BsonElement("missedRuns")]
    public int MissedRuns { get; set; }

    [BsonElement("missedByRunId")]
    public string? MissedByRunId { get; set; }

    [BsonElement("clusterId")]
    public string? ClusterId { get; set; }

    /// <summary>Still in the cluster of one it was inserted in: its organisation's openings were never recomputed since
    /// (the writer stopped between the insert and the recomputation).</summary>
    public bool NeverClustered => ClusterId is null || ClusterId == Id;

    public PostingLifecycleState ToLifecycleState() =>
        new(
            Id,
            SourceId,
            Content?.Organization?.Id ?? "",
            Content?.ContentHash ?? "",
            Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
            MongoValues.ToInstant(LastSeen),
            Content?.ValidThrough,
            Content?.OpenUntilFilled ?? false)
        {
            ClosedBy = MongoValues.ToInstant(ClosedByRunStartedAt ?? ClosedAt),
            MissedRuns = MissedRuns,
            MissedByRunId = Guid.TryParse(MissedByRunId, out var runId) ? runId : null,
        };
}
