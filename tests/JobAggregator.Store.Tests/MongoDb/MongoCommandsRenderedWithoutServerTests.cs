using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using MongoDB.Bson;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The write side's filters, projection and updates, rendered to the BSON the driver sends; no server
/// needed.</summary>
public sealed class MongoCommandsRenderedWithoutServerTests
{
    private static readonly DateTime At = new(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Close_missing_postings_filter_names_the_source_open_postings_seen_before_the_run_and_not_listed()
    {
        var run = Completed(T0.AddHours(1), ["kept-1", "kept-2", "kept-1"]);

        Assert.Equal(
            BsonDocument.Parse("""
                { "sourceId": "acme-careers",
                  "status": "open",
                  "lastSeen": { "$lt": { "$date": "2025-03-01T09:00:00Z" } },
                  "_id": { "$nin": ["kept-1", "kept-2"] } }
                """),
            Rendered.Filter(MongoPostingCommands.MissingFromRun(run)));
    }

    [Fact]
    public void Close_update_records_when_the_run_finished_and_started()
    {
        var run = Completed(T0.AddHours(1), ["kept"]);

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "status": "closed",
                    "closedAt": { "$date": "2025-03-01T09:02:00Z" },
                    "closedByRunStartedAt": { "$date": "2025-03-01T09:00:00Z" } },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.Close(run)));
    }

    [Fact]
    public void State_read_before_an_upsert_leaves_the_content_out()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "contentHash": 1, "lastSeen": 1, "status": 1, "closedAt": 1, "closedByRunStartedAt": 1, "version": 1 }
                """),
            Rendered.Projection(MongoPostingCommands.StateProjection));
    }

    [Fact]
    public void Upsert_writes_only_over_the_version_it_read()
    {
        var state = new PostingStateDocument { Id = "key-1", Version = 7 };

        Assert.Equal(
            BsonDocument.Parse("""{ "_id": "key-1", "version": 7 }"""),
            Rendered.Filter(MongoPostingCommands.Unchanged(state)));
    }

    [Fact]
    public void Sighting_with_the_same_content_moves_last_seen_only()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "lastSeen": { "$date": "2025-03-01T09:30:00Z" } }, "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, reopen: false)));
    }

    [Fact]
    public void Sighting_that_reopens_clears_the_closing()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "status": "open",
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, reopen: true)));
    }

    [Fact]
    public void Changed_content_replaces_every_content_field_and_its_folded_copies()
    {
        var posting = Posting("key-1", T0.AddHours(1), hash: "hash-2") with
        {
            Title = "Staff Attorney – Litigation",
            Organization = new NormalizedOrganization("gip", "Georgia Immigrant Project"),
            Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false),
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98"),
            DatePosted = new DateOnly(2025, 2, 27),
            ValidThrough = new DateOnly(2025, 4, 30),
            DescriptionHtml = "<p>Litigate.</p>",
            DescriptionText = "Litigate.",
            Url = "https://jobs.example.test/1",
            ApplyUrl = "https://jobs.example.test/1/apply",
        };

        var update = MongoPostingCommands.ReplaceContent(PostingDocument.Create(posting), At, reopen: true);

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "title": "Staff Attorney – Litigation",
                    "organization": { "id": "gip", "name": "Georgia Immigrant Project" },
                    "location": { "text": "Atlanta, GA", "city": "Atlanta", "region": "GA", "country": "US", "remote": false },
                    "employmentType": "FULL_TIME",
                    "salary": {
                        "min": { "$numberDecimal": "17.89" },
                        "max": { "$numberDecimal": "50.98" },
                        "currency": "USD",
                        "period": "HOUR",
                        "text": "$17.89 – $50.98" },
                    "datePosted": "2025-02-27",
                    "validThrough": "2025-04-30",
                    "descriptionHtml": "<p>Litigate.</p>",
                    "descriptionText": "Litigate.",
                    "url": "https://jobs.example.test/1",
                    "applyUrl": "https://jobs.example.test/1/apply",
                    "extractedBy": "json-ld",
                    "contentHash": "hash-2",
                    "organizationIdLower": "gip",
                    "organizationNameLower": "georgia immigrant project",
                    "locationSearch": "atlanta, ga\natlanta\nga\nus",
                    "employmentTypeLower": "full_time",
                    "searchWords": ["staff", "attorney", "litigation", "georgia", "immigrant", "project", "atlanta", "ga", "us", "litigate"],
                    "updated": { "$date": "2025-03-01T09:30:00Z" },
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "status": "open",
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(update));
    }

    [Fact]
    public void Completed_run_replaces_its_record_unless_it_is_a_success_already()
    {
        var runId = new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b");

        Assert.Equal(
            BsonDocument.Parse("""{ "_id": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b", "ok": { "$ne": true } }"""),
            Rendered.Filter(MongoPostingCommands.RunNotYetSucceeded(runId)));
    }

    [Fact]
    public void Failed_run_is_written_only_when_its_id_is_new()
    {
        var run = Failed(T0, "HTTP 503 Service Unavailable", runId: new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"));

        Assert.Equal(
            BsonDocument.Parse("""{ "_id": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b" }"""),
            Rendered.Filter(MongoPostingCommands.RunById(run.ScrapeRunId)));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$setOnInsert": {
                    "sourceId": "acme-careers",
                    "startedAt": { "$date": "2025-03-01T08:00:00Z" },
                    "finishedAt": { "$date": "2025-03-01T08:00:30Z" },
                    "ok": false,
                    "notModified": false,
                    "postingsFound": null,
                    "pagesFetched": null,
                    "extractedBy": null,
                    "closedPostings": 0,
                    "error": "HTTP 503 Service Unavailable",
                    "httpStatus": 503,
                    "url": "https://jobs.example.test/" } }
                """),
            Rendered.Update(MongoPostingCommands.RecordFailure(run)));
    }

    [Fact]
    public void Posting_and_source_are_found_by_their_id()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": "key-1" }"""), Rendered.Filter(MongoPostingCommands.PostingById("key-1")));
        Assert.Equal(BsonDocument.Parse("""{ "_id": "acme-careers" }"""), Rendered.Filter(MongoPostingCommands.SourceById("acme-careers")));
    }
}
