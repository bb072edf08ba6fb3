using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>What <see cref="MongoQueries.SourceRunSummaries"/> derives from one source's runs, kept in
/// <c>source_summaries</c>.</summary>
[BsonIgnoreExtraElements]
internal sealed class SourceRunSummary
{
    [BsonId]
    public string SourceId { get; set; } = "";

    [BsonElement("lastRunAt")]
    public DateTime? LastRunAt { get; set; }

    [BsonElement("lastSuccessAt")]
    public DateTime? LastSuccessAt { get; set; }

    [BsonElement("lastFailureAt")]
    public DateTime? LastFailureAt { get; set; }

    [BsonElement("lastError")]
    public string? LastError { get; set; }

    [BsonElement("consecutiveFailures")]
    public int ConsecutiveFailures { get; set; }

    [BsonElement("postingsFound")]
    public int? PostingsFound { get; set; }

    [BsonElement("noPostingsReason")]
    public string? NoPostingsReason { get; set; }

    [BsonElement("explanation")]
    public string? Explanation { get; set; }

    [BsonElement("partialDrop")]
    public bool PartialDrop { get; set; }

    [BsonElement("previousPostingsFound")]
    public int? PreviousPostingsFound { get; set; }

    /// <summary>When the latest successful run that read the source started: postings stored since count.</summary>
    [BsonElement("readingStartedAt")]
    public DateTime? ReadingStartedAt { get; set; }

    [BsonElement("postingsStored")]
    public int PostingsStored { get; set; }

    [BsonElement("latestStartedAt")]
    public DateTime? LatestStartedAt { get; set; }

    [BsonElement("latestFinishedAt")]
    public DateTime? LatestFinishedAt { get; set; }
}
