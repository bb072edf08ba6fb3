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

    [BsonElement("organization")]
    public PostingOrganizationDocument Organization { get; set; } = new();

    [BsonElement("title")]
    public string Title { get; set; } = "";

    [BsonElement("url")]
    public string? Url { get; set; }

    [BsonElement("datePosted")]
    public string? DatePosted { get; set; }

    [BsonElement("validThrough")]
    public string? ValidThrough { get; set; }

    [BsonElement("firstSeen")]
    public DateTime FirstSeen { get; set; }

    [BsonElement("lastSeen")]
    public DateTime LastSeen { get; set; }

    [BsonElement("status")]
    public string Status { get; set; } = MongoValues.Open;

    [BsonElement("sourceOrganizationId")]
    public string? SourceOrganizationId { get; set; }

    [BsonElement("salary")]
    public PostingSalaryDocument? Salary { get; set; }

    [BsonElement("location")]
    public PostingLocationDocument Location { get; set; } = new();

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

    public OpeningCandidate ToCandidate() => new(
        Id,
        SourceId,
        Organization.Id,
        Title,
        Url,
        MongoValues.ParseDate(DatePosted),
        MongoValues.ParseDate(ValidThrough),
        MongoValues.ToInstant(FirstSeen),
        MongoValues.ToInstant(LastSeen),
        Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
        FromOwnSource: string.Equals(SourceOrganizationId, Organization.Id, StringComparison.Ordinal),
        DescriptionLength,
        // Pay stated at all, in figures or words, as the SQLite store counts it.
        HasSalary: Salary is not null,
        HasLocation: Location.City is not null || Location.Region is not null || Location.Country is not null);
}
