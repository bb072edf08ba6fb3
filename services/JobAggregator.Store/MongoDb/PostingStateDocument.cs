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

    /// <summary>Only its <c>id</c> is read.</summary>
    [BsonElement("organization")]
    public PostingOrganizationDocument Organization { get; set; } = new();

    [BsonElement("contentHash")]
    public string ContentHash { get; set; } = "";

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

    [BsonElement("validThrough")]
    public string? ValidThrough { get; set; }

    [BsonElement("openUntilFilled")]
    public bool OpenUntilFilled { get; set; }

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
            Organization.Id,
            ContentHash,
            Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
            MongoValues.ToInstant(LastSeen),
            MongoValues.ParseDate(ValidThrough),
            OpenUntilFilled)
        {
            ClosedBy = MongoValues.ToInstant(ClosedByRunStartedAt ?? ClosedAt),
            MissedRuns = MissedRuns,
            MissedByRunId = Guid.TryParse(MissedByRunId, out var runId) ? runId : null,
        };
}
