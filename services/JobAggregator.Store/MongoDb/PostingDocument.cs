using JobAggregator.Contracts;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>A posting in the <c>postings</c> collection; <c>_id</c> is the posting key. Beside the posting's own fields
/// it keeps folded copies that the filters match on (<c>organizationIdLower</c>, <c>organizationNameLower</c>,
/// <c>locationSearch</c>, <c>employmentTypeLower</c>, <c>searchWords</c>), and a <c>version</c> that every write
/// increments, so an upsert can tell that the posting changed between its read and its write.</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    [BsonElement("sourceId")]
    public string SourceId { get; set; } = "";

    [BsonElement("title")]
    public string Title { get; set; } = "";

    [BsonElement("organization")]
    public PostingOrganizationDocument Organization { get; set; } = new();

    [BsonElement("location")]
    public PostingLocationDocument Location { get; set; } = new();

    [BsonElement("employmentType")]
    public string? EmploymentType { get; set; }

    [BsonElement("salary")]
    public PostingSalaryDocument? Salary { get; set; }

    /// <summary>yyyy-MM-dd, so that string order is date order.</summary>
    [BsonElement("datePosted")]
    public string? DatePosted { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    [BsonElement("validThrough")]
    public string? ValidThrough { get; set; }

    [BsonElement("descriptionHtml")]
    public string? DescriptionHtml { get; set; }

    [BsonElement("descriptionText")]
    public string? DescriptionText { get; set; }

    [BsonElement("url")]
    public string? Url { get; set; }

    [BsonElement("applyUrl")]
    public string? ApplyUrl { get; set; }

    [BsonElement("extractedBy")]
    public string ExtractedBy { get; set; } = "";

    [BsonElement("contentHash")]
    public string ContentHash { get; set; } = "";

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

    [BsonElement("organizationIdLower")]
    public string OrganizationIdLower { get; set; } = "";

    [BsonElement("organizationNameLower")]
    public string OrganizationNameLower { get; set; } = "";

    /// <summary>Every part of the location, folded, one per line so a substring never spans two parts.</summary>
    [BsonElement("locationSearch")]
    public string LocationSearch { get; set; } = "";

    [BsonElement("employmentTypeLower")]
    public string? EmploymentTypeLower { get; set; }

    /// <summary>The distinct folded words of title, organisation name, location and description text.</summary>
    [BsonElement("searchWords")]
    public string[] SearchWords { get; set; } = [];

    /// <summary>A posting first seen in <paramref name="posting"/>: open, first and last seen when it was scraped.</summary>
    public static PostingDocument Create(PostingNormalized posting)
    {
        ArgumentNullException.ThrowIfNull(posting);

        var at = MongoValues.Instant(posting.ScrapedAt);
        var document = new PostingDocument
        {
            Id = posting.PostingKey,
            SourceId = posting.SourceId,
            FirstSeen = at,
            LastSeen = at,
            Status = MongoValues.Open,
        };
        document.SetContent(posting);
        return document;
    }

    public StoredPosting ToStoredPosting() => new(
        Id,
        SourceId,
        Title,
        new NormalizedOrganization(Organization.Id, Organization.Name),
        new NormalizedLocation(Location.Text, Location.City, Location.Region, Location.Country, Location.Remote),
        EmploymentType,
        Salary is { } salary
            ? new NormalizedSalary(salary.Min, salary.Max, salary.Currency, salary.Period, salary.Text)
            : null,
        MongoValues.ParseDate(DatePosted),
        MongoValues.ParseDate(ValidThrough),
        DescriptionHtml,
        DescriptionText,
        Url,
        ApplyUrl,
        ExtractedBy,
        ContentHash,
        MongoValues.ToInstant(FirstSeen),
        MongoValues.ToInstant(LastSeen),
        MongoValues.ToInstant(Updated),
        MongoValues.ToInstant(ClosedAt),
        Status == MongoValues.Closed ? PostingStatus.Closed : PostingStatus.Open);

    /// <summary>Copies what a changed content hash replaces, the folded copies included; the sightings, status and key
    /// stay.</summary>
    private void SetContent(PostingNormalized posting)
    {
        var location = posting.Location;
        var salary = posting.Salary;
        Title = posting.Title;
        Organization = new PostingOrganizationDocument { Id = posting.Organization.Id, Name = posting.Organization.Name };
        Location = new PostingLocationDocument
        {
            Text = location.Text,
            City = location.City,
            Region = location.Region,
            Country = location.Country,
            Remote = location.Remote,
        };
        EmploymentType = posting.EmploymentType;
        Salary = salary is null
            ? null
            : new PostingSalaryDocument
            {
                Min = salary.Min,
                Max = salary.Max,
                Currency = salary.Currency,
                Period = salary.Period,
                Text = salary.Text,
            };
        DatePosted = MongoValues.Date(posting.DatePosted);
        ValidThrough = MongoValues.Date(posting.ValidThrough);
        DescriptionHtml = posting.DescriptionHtml;
        DescriptionText = posting.DescriptionText;
        Url = posting.Url;
        ApplyUrl = posting.ApplyUrl;
        ExtractedBy = posting.ExtractedBy;
        ContentHash = posting.ContentHash;
        OrganizationIdLower = MongoValues.Fold(posting.Organization.Id);
        OrganizationNameLower = MongoValues.Fold(posting.Organization.Name);
        LocationSearch = LocationText(location);
        EmploymentTypeLower = posting.EmploymentType?.ToLowerInvariant();
        SearchWords = MongoDb.SearchWords.Of(
            posting.Title, posting.Organization.Name, LocationSearch, posting.DescriptionText);
    }

    private static string LocationText(NormalizedLocation location) =>
        string.Join('\n', new[] { location.Text, location.City, location.Region, location.Country }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => MongoValues.Fold(part!)));
}
