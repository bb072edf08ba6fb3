using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>A posting in the <c>postings</c> collection; <c>_id</c> is the posting key. Beside the message's content
/// (<c>content</c>, one subdocument) it keeps its source, folded and derived copies that the filters and sorts match on
/// (<c>organizationIdLower</c>, <c>organizationNameLower</c>, <c>locationSearch</c>, <c>employmentTypeLower</c>, <c>countryLower</c>,
/// <c>languageLower</c>, <c>remoteOrHybrid</c>, <c>effectivePosted</c>, <c>annualPay</c>, <c>validThroughOrLast</c>,
/// <c>searchWords</c>), its closing state (<c>missedRuns</c>, <c>closedReason</c>), its place in its opening's cluster,
/// and a <c>version</c> that every write increments, so an upsert can tell that the posting changed between its read and
/// its write. A document written before a field existed reads it as the default given here.</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingDocument
{
    /// <summary>Later than any yyyy-MM-dd date.</summary>
    public const string NoClosingDate = "9999-12-31";

    [BsonId]
    public string Id { get; set; } = "";

    /// <summary>The content's source, beside it for the source's index and its runs' closing.</summary>
    [BsonElement("sourceId")]
    public string SourceId { get; set; } = "";

    /// <summary>The message whose content is stored, as sent, mapped once by <see cref="PostingContentMaps"/>: a field
    /// added to <see cref="PostingNormalized"/> is stored and read back with it.</summary>
    [BsonElement("content")]
    [BsonSerializer(typeof(PostingContentSerializer))]
    public required PostingNormalized Content { get; set; }

    [BsonElement("firstSeen")]
    public DateTime FirstSeen { get; set; }

    [BsonElement("lastSeen")]
    public DateTime LastSeen { get; set; }

    [BsonElement("updated")]
    public DateTime? Updated { get; set; }

    [BsonElement("closedAt")]
    public DateTime? ClosedAt { get; set; }

    /// <summary>When the run that closed the posting started: only a sighting after it reopens the posting.</summary>
    [BsonElement("closedByRunStartedAt")]
    public DateTime? ClosedByRunStartedAt { get; set; }

    /// <summary><see cref="MongoValues.Open"/> or <see cref="MongoValues.Closed"/>.</summary>
    [BsonElement("status")]
    public string Status { get; set; } = MongoValues.Open;

    [BsonElement("version")]
    public long Version { get; set; }

    /// <summary>The stated posting date is after the day after the first sighting, or more than a year before it.</summary>
    [BsonElement("datePostedSuspect")]
    public bool DatePostedSuspect { get; set; }

    /// <summary>yyyy-MM-dd: the posting date, or the first sighting's day when it is suspect or missing; what the newest
    /// sort and the posted-since filter use.</summary>
    [BsonElement("effectivePosted")]
    public string? EffectivePosted { get; set; }

    /// <summary>The yearly pay the salary filter and sort use: the top of the range, else its bottom.</summary>
    [BsonElement("annualPay")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal? AnnualPay { get; set; }

    /// <summary>The content's closing date, or <see cref="NoClosingDate"/> when there is none, so an ascending sort puts
    /// postings without a closing date last.</summary>
    [BsonElement("validThroughOrLast")]
    public string ValidThroughOrLast { get; set; } = NoClosingDate;

    /// <summary>Successful reading runs of its source in a row that did not list the posting.</summary>
    [BsonElement("missedRuns")]
    public int MissedRuns { get; set; }

    /// <summary>The last run counted in <see cref="MissedRuns"/>, so the same run delivered twice counts once.</summary>
    [BsonElement("missedByRunId")]
    public string? MissedByRunId { get; set; }

    /// <summary>A value of <see cref="ClosedReasons"/>; null while open.</summary>
    [BsonElement("closedReason")]
    public string? ClosedReason { get; set; }

    /// <summary>The opening the posting belongs to; its own key from its insert until its organisation is clustered, null
    /// once it has dropped out of the clustering window.</summary>
    [BsonElement("clusterId")]
    public string? ClusterId { get; set; }

    /// <summary>The posting stands for its opening in searches; true for a posting alone.</summary>
    [BsonElement("primary")]
    public bool Primary { get; set; } = true;

    /// <summary>The posting's place in its cluster's members, the primary at 0.</summary>
    [BsonElement("clusterPosition")]
    public int ClusterPosition { get; set; }

    /// <summary>Members of the cluster, this posting included.</summary>
    [BsonElement("clusterSize")]
    public int ClusterSize { get; set; } = 1;

    [BsonElement("mergeReason")]
    public string? MergeReason { get; set; }

    [BsonElement("organizationIdLower")]
    public string OrganizationIdLower { get; set; } = "";

    [BsonElement("organizationNameLower")]
    public string OrganizationNameLower { get; set; } = "";

    /// <summary>Every part of the location, folded, one per line so a substring never spans two parts.</summary>
    [BsonElement("locationSearch")]
    public string LocationSearch { get; set; } = "";

    [BsonElement("employmentTypeLower")]
    public string? EmploymentTypeLower { get; set; }

    [BsonElement("countryLower")]
    public string? CountryLower { get; set; }

    [BsonElement("languageLower")]
    public string? LanguageLower { get; set; }

    /// <summary>Remote or hybrid: what the remote filter matches.</summary>
    [BsonElement("remoteOrHybrid")]
    public bool RemoteOrHybrid { get; set; }

    /// <summary>The distinct folded words of title, organisation name, location and description text.</summary>
    [BsonElement("searchWords")]
    public string[] SearchWords { get; set; } = [];

    /// <summary>A posting first seen in <paramref name="posting"/>: open (closed as expired when it is already past its
    /// closing date), first and last seen when it was scraped, alone in its cluster. With <paramref name="firstSeen"/>,
    /// the content of a posting first seen then, for <see cref="MongoPostingCommands.ReplaceContent"/>.</summary>
    public static PostingDocument Create(PostingNormalized posting, DateTime? firstSeen = null)
    {
        ArgumentNullException.ThrowIfNull(posting);

        var at = MongoValues.Instant(posting.ScrapedAt);
        var document = new PostingDocument
        {
            Content = posting,
            Id = posting.PostingKey,
            SourceId = posting.SourceId,
            FirstSeen = firstSeen ?? at,
            LastSeen = at,
            Status = MongoValues.Open,
            ClusterId = posting.PostingKey,
        };
        document.SetContent(posting);
        if (PostingLifecycle.ClosingOnInsert(posting) is { } closing)
        {
            document.Status = MongoValues.Closed;
            document.ClosedReason = closing.Reason;
            document.ClosedAt = MongoValues.Instant(closing.At);
            document.ClosedByRunStartedAt = MongoValues.Instant(closing.ByRunStartedAt);
        }

        return document;
    }

    public StoredPosting ToStoredPosting() => new(
        Content,
        MongoValues.ToInstant(FirstSeen),
        MongoValues.ToInstant(LastSeen),
        MongoValues.ToInstant(Updated),
        MongoValues.ToInstant(ClosedAt),
        Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open)
    {
        DatePostedSuspect = DatePostedSuspect,
        ClosedReason = ClosedReason,
        ClusterId = ClusterId,
        MergeReason = MergeReason,
    };

    /// <summary>Sets the content and the folded copies of it; the sightings, status and key stay.</summary>
    private void SetContent(PostingNormalized posting)
    {
        Content = posting;
        var search = PostingSearchFields.Of(posting, MongoValues.ToInstant(FirstSeen));
        OrganizationIdLower = search.OrganizationId;
        OrganizationNameLower = search.OrganizationName;
        LocationSearch = search.LocationSearch;
        EmploymentTypeLower = search.EmploymentType;
        Derive(search);
        SearchWords = MongoDb.SearchWords.Of(
            posting.Title, posting.Organization.Name, LocationSearch, posting.DescriptionText);
    }

    /// <summary>Computes the fields the new filters and sorts use from the posting's own fields and first sighting; for
    /// a new content, and for a posting stored before these fields were (see
    /// <see cref="MongoPostingCommands.DerivedFields"/>).</summary>
    public void Derive() => Derive(PostingSearchFields.Of(ToStoredPosting()));

    private void Derive(PostingSearchFields search)
    {
        DatePostedSuspect = search.DatePostedSuspect;
        EffectivePosted = MongoValues.Date(search.EffectivePosted);
        AnnualPay = search.AnnualPay;
        ValidThroughOrLast = MongoValues.Date(Content.ValidThrough) ?? NoClosingDate;
        CountryLower = search.Country;
        LanguageLower = search.Language;
        RemoteOrHybrid = search.RemoteOrHybrid;
    }
}
