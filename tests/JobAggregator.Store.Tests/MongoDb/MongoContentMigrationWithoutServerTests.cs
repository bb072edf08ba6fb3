using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The start-up move of postings of the earlier shape into the <c>content</c> subdocument, rendered as the
/// driver sends it and applied by a stand-in for the server (<see cref="PipelineUpdateApplied"/>); no server needed.
/// </summary>
public sealed class MongoContentMigrationWithoutServerTests
{
    [Fact]
    public void Only_postings_without_content_are_moved_so_running_it_again_changes_nothing()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "content": { "$exists": false } }"""),
            Rendered.Filter(MongoContentMigration.NotYetMoved));
    }

    [Fact]
    public void One_pipeline_builds_content_from_the_top_level_elements_and_removes_them()
    {
        Assert.Equal(
            new BsonArray
            {
                BsonDocument.Parse("""
                    { "$set": { "content": {
                        "sourceId": "$sourceId",
                        "scrapeRunId": { "$ifNull": ["$scrapeRunId", "00000000-0000-0000-0000-000000000000"] },
                        "scrapedAt": { "$ifNull": ["$scrapedAt", { "$ifNull": ["$updated", "$firstSeen"] }] },
                        "postingKey": "$_id",
                        "title": "$title",
                        "organization": "$organization",
                        "location": "$location",
                        "employmentType": "$employmentType",
                        "salary": "$salary",
                        "datePosted": "$datePosted",
                        "validThrough": "$validThrough",
                        "descriptionHtml": "$descriptionHtml",
                        "descriptionText": "$descriptionText",
                        "url": "$url",
                        "applyUrl": "$applyUrl",
                        "extractedBy": "$extractedBy",
                        "contentHash": "$contentHash",
                        "categories": "$categories",
                        "language": "$language",
                        "openUntilFilled": "$openUntilFilled",
                        "sourceOrganizationId": "$sourceOrganizationId" } } }
                    """),
                BsonDocument.Parse("""
                    { "$unset": [
                        "title", "organization", "location", "employmentType", "salary", "datePosted", "validThrough",
                        "descriptionHtml", "descriptionText", "url", "applyUrl", "extractedBy", "contentHash", "categories",
                        "language", "openUntilFilled", "sourceOrganizationId", "scrapeRunId", "scrapedAt"] }
                    """),
            },
            Rendered.PipelineUpdate(MongoContentMigration.MoveIntoContent));
    }

    [Fact]
    public void Posting_of_the_shape_before_the_move_reads_back_as_the_same_posting_written_now()
    {
        var posting = Posting("key-1", hash: "hash-2", runId: new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b")) with
        {
            Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false)
            {
                Hybrid = true,
                OtherPlaces = [new NormalizedPlace("Decatur", "GA", "US")],
            },
            Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98") { AnnualMax = 106038.4m },
            ValidThrough = new DateOnly(2025, 4, 30),
            Categories = [PostingCategories.Attorney],
            Language = "en",
            OpenUntilFilled = true,
            SourceOrganizationId = "acme",
        };
        var now = Rendered.Document(PostingDocument.Create(posting));
        var earlierElements = Rendered.PipelineUpdate(MongoContentMigration.MoveIntoContent)[1]["$unset"].AsBsonArray
            .Select(name => name.AsString).ToHashSet(StringComparer.Ordinal);
        var before = new BsonDocument(now.Where(e => e.Name != "content"));
        before.AddRange(now["content"].AsBsonDocument.Where(e => earlierElements.Contains(e.Name)));

        var moved = PipelineUpdateApplied.To(before, Rendered.PipelineUpdate(MongoContentMigration.MoveIntoContent));

        Assert.Equal(now.Names.Order(StringComparer.Ordinal), moved.Names.Order(StringComparer.Ordinal));
        // As JSON, so the lists compare by their items.
        Assert.Equal(
            JsonSerializer.Serialize(PostingDocument.Create(posting).ToStoredPosting()),
            JsonSerializer.Serialize(BsonSerializer.Deserialize<PostingDocument>(moved).ToStoredPosting()));
    }
}
