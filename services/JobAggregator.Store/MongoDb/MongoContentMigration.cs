using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Moves the content of postings written before it was one subdocument into <c>content</c>: one updateMany at
/// start-up whose pipeline builds <c>content</c> from the old top-level elements and removes them. Its filter finds only
/// postings without <c>content</c>, so it runs again harmlessly, from every replica, and finds nothing once done.
/// </summary>
/// <remarks>The element names are those of the earlier shape, fixed: a field added to the message later never existed
/// at the top level. A posting stored before its run and scrape time were kept takes the empty run and its last content
/// change (else its first sighting) as its scrape time, as the earlier version read it.</remarks>
internal static class MongoContentMigration
{
    /// <summary>The top-level elements of the earlier shape that hold the content, named as in <c>content</c>.</summary>
    private static readonly string[] MovedElements =
    [
        "title", "organization", "location", "employmentType", "salary", "datePosted", "validThrough", "descriptionHtml",
        "descriptionText", "url", "applyUrl", "extractedBy", "contentHash", "categories", "language", "openUntilFilled",
        "sourceOrganizationId",
    ];

    public static FilterDefinition<PostingDocument> NotYetMoved { get; } =
        Builders<PostingDocument>.Filter.Exists(p => p.Content, false);

    public static UpdateDefinition<PostingDocument> MoveIntoContent { get; } = new PipelineUpdateDefinition<PostingDocument>(
        new BsonDocument[]
        {
            new("$set", new BsonDocument("content", Content())),
            new("$unset", new BsonArray(MovedElements.Append("scrapeRunId").Append("scrapedAt"))),
        });

    private static BsonDocument Content()
    {
        var content = new BsonDocument
        {
            { "sourceId", "$sourceId" },
            { "scrapeRunId", new BsonDocument("$ifNull", new BsonArray { "$scrapeRunId", ScrapeRunDocument.IdOf(Guid.Empty) }) },
            {
                "scrapedAt",
                new BsonDocument("$ifNull", new BsonArray { "$scrapedAt", new BsonDocument("$ifNull", new BsonArray { "$updated", "$firstSeen" }) })
            },
            { "postingKey", "$_id" },
        };
        foreach (var element in MovedElements)
        {
            content.Add(element, "$" + element);
        }

        return content;
    }
}
