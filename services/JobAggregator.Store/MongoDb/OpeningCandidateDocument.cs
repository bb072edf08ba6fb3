using JobAggregator.Contracts;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>What <see cref="MongoOpenings.Candidates"/> reads of one posting: what the clusterer needs, and the cluster
/// fields stored, so that only postings whose cluster changed are written.</summary>
[BsonIgnoreExtraElements]
internal sealed class OpeningCandidateDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("sourceId")]
    public string SourceId { get; set; } = "";

    /// <summary>Only what <see cref="MongoOpenings.Candidates"/> projects of it is read; the rest is left at its default.
    /// </summary>
    [BsonElement("content")]
    [BsonSerializer(typeof(PostingContentSerializer))]
    public PostingNormalized? Content { get; set; }

    [BsonElement("firstSeen")]
    public DateTime FirstSeen { get; set; }

    [BsonElement("lastSeen")]
    public DateTime LastSeen { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = MongoValues.Open;

    /// <summary>Code points of the plain-text description, counted by the server so the description is not sent.</summary>
    [BsonElement("descriptionLength")]
    public int DescriptionLength { get; set; }

    [BsonElement("clusterId")]
    public string? ClusterId { get; set; }

    [BsonElement("primary")]
    public bool Primary { get; set; } = true;

    [BsonElement("clusterPosition")]
    public int ClusterPosition { get; set; }

    [BsonElement("clusterSize")]
    public int ClusterSize { get; set; } = 1;

    [BsonElement("mergeReason")]
    public string? MergeReason { get; set; }

    public OpeningCandidate ToCandidate()
    {
        var organizationId = Content?.Organization?.Id ?? "";
        var location = Content?.Location;
        return new(
            Id,
            SourceId,
            organizationId,
            Content?.Title ?? "",
            Content?.Url,
            Content?.DatePosted,
            Content?.ValidThrough,
            MongoValues.ToInstant(FirstSeen),
            MongoValues.ToInstant(LastSeen),
            Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
            FromOwnSource: string.Equals(Content?.SourceOrganizationId, organizationId, StringComparison.Ordinal),
            DescriptionLength,
            // Pay stated at all, in figures or words, as the SQLite store counts it.
            HasSalary: Content?.Salary is not null,
            HasLocation: location?.City is not null || location?.Region is not null || location?.Country is not null);
    }
}
