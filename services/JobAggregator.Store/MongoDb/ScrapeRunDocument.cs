using System.Globalization;
using JobAggregator.Contracts;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>One scrape run in <c>scrape_runs</c>, recorded once by its id (<c>_id</c>); a failed run that later succeeds
/// under the same id becomes a success.</summary>
[BsonIgnoreExtraElements]
internal sealed class ScrapeRunDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("sourceId")]
    public string SourceId { get; set; } = "";

    [BsonElement("startedAt")]
    public DateTime StartedAt { get; set; }

    [BsonElement("finishedAt")]
    public DateTime FinishedAt { get; set; }

    [BsonElement("ok")]
    public bool Ok { get; set; }

    [BsonElement("notModified")]
    public bool NotModified { get; set; }

    [BsonElement("postingsFound")]
    public int? PostingsFound { get; set; }

    [BsonElement("pagesFetched")]
    public int? PagesFetched { get; set; }

    [BsonElement("extractedBy")]
    public string? ExtractedBy { get; set; }

    [BsonElement("closedPostings")]
    public int? ClosedPostings { get; set; }

    [BsonElement("listedByApiOrFeed")]
    public bool ListedByApiOrFeed { get; set; }

    /// <summary>Postings whose detail page the run found gone.</summary>
    [BsonElement("gonePostings")]
    public int? GonePostings { get; set; }

    /// <summary>Why the run found no postings, a code such as no-listing.</summary>
    [BsonElement("noPostingsReason")]
    public string? NoPostingsReason { get; set; }

    [BsonElement("explanation")]
    public string? Explanation { get; set; }

    /// <summary>The run listed far fewer postings than the source's reading run before, and closed none of those it
    /// missed (<see cref="Lifecycle.PartialDrop"/>).</summary>
    [BsonElement("partialDrop")]
    public bool PartialDrop { get; set; }

    [BsonElement("error")]
    public string? Error { get; set; }

    [BsonElement("httpStatus")]
    public int? HttpStatus { get; set; }

    [BsonElement("url")]
    public string? Url { get; set; }

    public static string IdOf(Guid scrapeRunId) => scrapeRunId.ToString("D", CultureInfo.InvariantCulture);

    public static ScrapeRunDocument Completed(ScrapeCompleted run, int closedPostings, bool partialDrop = false)
    {
        ArgumentNullException.ThrowIfNull(run);

        return new ScrapeRunDocument
        {
            Id = IdOf(run.ScrapeRunId),
            SourceId = run.SourceId,
            StartedAt = MongoValues.Instant(run.StartedAt),
            FinishedAt = MongoValues.Instant(run.FinishedAt),
            Ok = true,
            NotModified = run.NotModified,
            PostingsFound = run.PostingKeys.Count,
            PagesFetched = run.PagesFetched,
            ExtractedBy = run.ExtractedBy,
            ClosedPostings = closedPostings,
            ListedByApiOrFeed = run.ListedByApiOrFeed,
            GonePostings = run.GonePostingKeys.Count,
            NoPostingsReason = run.NoPostingsReason,
            Explanation = run.Explanation,
            PartialDrop = partialDrop,
        };
    }
}
