using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Postings;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The write side's filters, projection and updates, rendered to the BSON the driver sends; no server
/// needed.</summary>
public sealed class MongoCommandsRenderedWithoutServerTests
{
    private static readonly DateTime At = new(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    private static readonly Guid RunId = new("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b");

    [Fact]
    public void Run_closing_reads_the_source_open_postings_it_did_not_list_those_listed_it_may_change_and_those_gone()
    {
        var run = Completed(T0.AddHours(1), ["kept-1", "kept-2", "kept-1"], runId: RunId) with { GonePostingKeys = ["gone-1"] };

        Assert.Equal(
            BsonDocument.Parse("""
                { "sourceId": "acme-careers",
                  "$or": [
                    { "status": "open", "_id": { "$nin": ["kept-1", "kept-2"] } },
                    { "_id": { "$in": ["kept-1", "kept-2"] }, "$or": [{ "status": { "$ne": "open" } }, { "missedRuns": { "$ne": 0 } }] },
                    { "_id": { "$in": ["gone-1"] } }] }
                """),
            Rendered.Filter(MongoPostingCommands.OfRunSource(run)));
    }

    [Fact]
    public void Closing_a_missing_posting_counts_the_miss_and_records_the_reason_and_when_the_run_finished_and_started()
    {
        var run = Completed(T0.AddHours(1), ["kept"], runId: RunId);
        var change = Assert.Single(RunClosing.Plan(run, [OpenState]));

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "missedRuns": 1,
                    "missedByRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                    "status": "closed",
                    "closedReason": "missing",
                    "closedAt": { "$date": "2025-03-01T09:02:00Z" },
                    "closedByRunStartedAt": { "$date": "2025-03-01T09:00:00Z" } },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void Miss_that_does_not_close_is_counted_once_per_run()
    {
        var run = CompletedFromHtml(T0.AddHours(1), ["kept"], runId: RunId);
        var change = Assert.Single(RunClosing.Plan(run, [OpenState]));

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "missedRuns": 1, "missedByRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b" },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void Listed_postings_with_missed_runs_have_them_reset()
    {
        var run = CompletedFromHtml(T0.AddHours(1), ["key-1"], runId: RunId);
        var change = Assert.Single(RunClosing.Plan(run, [OpenState with { MissedRuns = 1 }]));

        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "missedRuns": 0 }, "$inc": { "version": 1 } }"""),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void Listing_marks_every_listed_posting_of_the_source_not_yet_seen_by_the_run_seen_in_one_update()
    {
        var run = Completed(T0.AddHours(1), ["key-1", "key-2", "key-1"], runId: RunId);

        Assert.Equal(
            BsonDocument.Parse("""
                { "sourceId": "acme-careers",
                  "_id": { "$in": ["key-1", "key-2"] },
                  "lastSeen": { "$lt": { "$date": "2025-03-01T09:00:00Z" } } }
                """),
            Rendered.Filter(MongoPostingCommands.ListedNotSeenBy(run)));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "lastSeen": { "$date": "2025-03-01T09:00:00Z" }, "missedRuns": 0 },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ListedSeen(run)));
    }

    [Fact]
    public void Listed_posting_closed_by_an_earlier_run_is_reopened_by_the_run_with_its_closing_cleared()
    {
        var run = Completed(T0.AddHours(2), ["key-1"], runId: RunId);
        var closed = OpenState with { Status = PostingStatus.Closed, ClosedBy = T0.AddHours(1) };
        var change = Assert.Single(RunClosing.Plan(run, [closed]));

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "missedRuns": 0,
                    "status": "open",
                    "closedReason": null,
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void Gone_postings_of_the_source_close_at_once_as_gone()
    {
        var run = Completed(T0.AddHours(1), [], runId: RunId) with { GonePostingKeys = ["key-1", "dead-2", "key-1"] };
        var change = Assert.Single(RunClosing.Plan(run, [OpenState]));

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "missedRuns": 0,
                    "status": "closed",
                    "closedReason": "gone",
                    "closedAt": { "$date": "2025-03-01T09:02:00Z" },
                    "closedByRunStartedAt": { "$date": "2025-03-01T09:00:00Z" } },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void Expired_sweep_names_open_postings_of_every_source_closing_before_the_day_unless_open_until_filled()
    {
        var run = Completed(T0.AddHours(1), [], runId: RunId);
        var change = Assert.Single(RunClosing.Plan(run, [OpenState with { SourceId = "other", ValidThrough = new DateOnly(2025, 2, 28) }]));

        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "content.validThrough": { "$lt": "2025-03-01" }, "content.openUntilFilled": { "$ne": true } }"""),
            Rendered.Filter(MongoPostingCommands.ExpiredOn(new DateOnly(2025, 3, 1))));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "missedRuns": 0,
                    "status": "closed",
                    "closedReason": "expired",
                    "closedAt": { "$date": "2025-03-01T09:02:00Z" },
                    "closedByRunStartedAt": { "$date": "2025-03-01T09:02:00Z" } },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.ApplyRunChange(change, run.ScrapeRunId)));
    }

    [Fact]
    public void State_read_before_an_upsert_leaves_the_content_out()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "sourceId": 1, "content.organization.id": 1, "missedRuns": 1, "missedByRunId": 1,
                  "content.contentHash": 1, "lastSeen": 1, "status": 1, "closedAt": 1, "closedByRunStartedAt": 1, "version": 1,
                  "firstSeen": 1, "content.validThrough": 1, "content.openUntilFilled": 1, "clusterId": 1 }
                """),
            Rendered.Projection(MongoPostingCommands.StateProjection));
    }

    [Theory]
    [InlineData("key-1", true)]
    [InlineData(null, true)]
    [InlineData("o-key-1", false)]
    [InlineData("o-key-0", false)]
    public void Posting_still_in_its_insert_cluster_of_one_was_never_clustered(string? clusterId, bool neverClustered)
    {
        Assert.Equal(neverClustered, new PostingStateDocument { Id = "key-1", ClusterId = clusterId }.NeverClustered);
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
    public void Sighting_with_the_same_content_moves_last_seen_and_resets_the_missed_runs()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "lastSeen": { "$date": "2025-03-01T09:30:00Z" }, "missedRuns": 0 }, "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, Sighting(PostingStatusChange.None))));
    }

    [Fact]
    public void Sighting_at_the_last_sighting_instant_keeps_the_missed_runs()
    {
        var decision = new PostingDecision(PostingWrite.MarkSeen, PostingStatusChange.Reopen, false, ["acme"]);

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "status": "open",
                    "closedReason": null,
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, decision)));
    }

    [Fact]
    public void Sighting_that_reopens_clears_the_closing_and_its_reason()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "missedRuns": 0,
                    "status": "open",
                    "closedReason": null,
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, Sighting(PostingStatusChange.Reopen))));
    }

    [Fact]
    public void Sighting_past_the_closing_date_closes_as_expired()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "missedRuns": 0,
                    "status": "closed",
                    "closedReason": "expired",
                    "closedAt": { "$date": "2025-03-01T09:30:00Z" },
                    "closedByRunStartedAt": { "$date": "2025-03-01T09:30:00Z" } },
                  "$inc": { "version": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.MarkSeen(At, Sighting(PostingStatusChange.Expire))));
    }

    [Fact]
    public void Changed_content_replaces_every_content_field_and_its_derived_and_folded_copies()
    {
        var posting = Posting("key-1", T0.AddHours(1), hash: "hash-2") with
        {
            Title = "Staff Attorney – Litigation",
            Organization = new NormalizedOrganization("gip", "Georgia Immigrant Project"),
            Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false)
            {
                Hybrid = true,
                OtherPlaces = [new NormalizedPlace("Decatur", "GA", "US")],
            },
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98")
            {
                AnnualMin = 37211.2m,
                AnnualMax = 106038.4m,
            },
            DatePosted = new DateOnly(2025, 2, 27),
            ValidThrough = new DateOnly(2025, 4, 30),
            DescriptionHtml = "<p>Litigate.</p>",
            DescriptionText = "Litigate.",
            Url = "https://jobs.example.test/1",
            ApplyUrl = "https://jobs.example.test/1/apply",
            Categories = [PostingCategories.Attorney, PostingCategories.Policy],
            Language = "en",
            OpenUntilFilled = true,
            SourceOrganizationId = "gip",
            ScrapeRunId = RunId,
        };

        // First seen long ago: the stated date is then more than a year after it, so not trusted.
        var content = PostingDocument.Create(posting, firstSeen: new DateTime(2023, 1, 10, 12, 0, 0, DateTimeKind.Utc));
        var update = MongoPostingCommands.ReplaceContent(content, At, Sighting(PostingStatusChange.Reopen));

        var pinned = BsonDocument.Parse("""
                { "$set": {
                    "content": {
                        "sourceId": "acme-careers",
                        "scrapeRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                        "scrapedAt": { "$date": "2025-03-01T09:00:00Z" },
                        "postingKey": "key-1",
                        "title": "Staff Attorney – Litigation",
                        "organization": { "id": "gip", "name": "Georgia Immigrant Project" },
                        "location": {
                            "text": "Atlanta, GA", "city": "Atlanta", "region": "GA", "country": "US", "remote": false,
                            "hybrid": true,
                            "otherPlaces": [{ "city": "Decatur", "region": "GA", "country": "US" }] },
                        "employmentType": "FULL_TIME",
                        "salary": {
                            "min": { "$numberDecimal": "17.89" },
                            "max": { "$numberDecimal": "50.98" },
                            "currency": "USD",
                            "period": "HOUR",
                            "text": "$17.89 – $50.98",
                            "annualMin": { "$numberDecimal": "37211.2" },
                            "annualMax": { "$numberDecimal": "106038.4" } },
                        "datePosted": "2025-02-27",
                        "validThrough": "2025-04-30",
                        "descriptionHtml": "<p>Litigate.</p>",
                        "descriptionText": "Litigate.",
                        "url": "https://jobs.example.test/1",
                        "applyUrl": "https://jobs.example.test/1/apply",
                        "extractedBy": "json-ld",
                        "contentHash": "hash-2",
                        "categories": ["attorney", "policy"],
                        "language": "en",
                        "openUntilFilled": true,
                        "sourceOrganizationId": "gip" },
                    "datePostedSuspect": true,
                    "effectivePosted": "2023-01-10",
                    "annualPay": { "$numberDecimal": "106038.4" },
                    "validThroughOrLast": "2025-04-30",
                    "organizationIdLower": "gip",
                    "organizationNameLower": "georgia immigrant project",
                    "locationSearch": "atlanta, ga\natlanta\nga\nus",
                    "employmentTypeLower": "full_time",
                    "countryLower": "us",
                    "languageLower": "en",
                    "remoteOrHybrid": true,
                    "searchWords": ["staff", "attorney", "litigation", "georgia", "immigrant", "project", "atlanta", "ga", "us", "litigate"],
                    "updated": { "$date": "2025-03-01T09:30:00Z" },
                    "lastSeen": { "$date": "2025-03-01T09:30:00Z" },
                    "missedRuns": 0,
                    "status": "open",
                    "closedReason": null,
                    "closedAt": null,
                    "closedByRunStartedAt": null },
                  "$inc": { "version": 1 } }
                """);

        Assert.Equal(pinned, PinnedContent.Narrowed(pinned, Rendered.Update(update), "$set", "content"));
    }

    [Fact]
    public void Postings_stored_before_the_derived_fields_are_found_by_the_missing_effective_date_and_filled_once()
    {
        var old = BsonSerializer.Deserialize<PostingDocument>(MongoDocumentsWithoutServerTests.PreviousVersionPostingMoved);
        old.Derive();

        Assert.Equal(
            BsonDocument.Parse("""{ "effectivePosted": { "$exists": false } }"""),
            Rendered.Filter(MongoPostingCommands.NotYetDerived));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": {
                    "datePostedSuspect": false,
                    "effectivePosted": "2025-02-27",
                    "annualPay": null,
                    "validThroughOrLast": "2025-04-30",
                    "countryLower": "ch",
                    "languageLower": null,
                    "remoteOrHybrid": true,
                    "content.categories": [],
                    "missedRuns": 0,
                    "clusterId": "key-1",
                    "primary": true,
                    "clusterPosition": 0,
                    "clusterSize": 1 } }
                """),
            Rendered.Update(MongoPostingCommands.DerivedFields(old)));
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
                    "listedByApiOrFeed": false,
                    "gonePostings": 0,
                    "noPostingsReason": null,
                    "explanation": null,
                    "error": "HTTP 503 Service Unavailable",
                    "httpStatus": 503,
                    "url": "https://jobs.example.test/" } }
                """),
            Rendered.Update(MongoPostingCommands.RecordFailure(run)));
    }

    [Fact]
    public void Partial_drop_baseline_is_the_latest_earlier_successful_reading_run_of_the_source_that_listed_anything()
    {
        var run = Completed(T0.AddHours(1), ["kept"], runId: RunId);

        Assert.Equal(
            BsonDocument.Parse("""
                { "sourceId": "acme-careers",
                  "ok": true,
                  "startedAt": { "$lt": { "$date": "2025-03-01T09:00:00Z" } },
                  "notModified": false,
                  "postingsFound": { "$gt": 0 },
                  "_id": { "$ne": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b" } }
                """),
            Rendered.Filter(MongoPostingCommands.ReadingRunsBefore(run)));
        Assert.Equal(BsonDocument.Parse("""{ "startedAt": -1 }"""), Rendered.Sort(MongoPostingCommands.LatestFirst));
    }

    [Fact]
    public void Posting_and_source_are_found_by_their_id()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": "key-1" }"""), Rendered.Filter(MongoPostingCommands.PostingById("key-1")));
        Assert.Equal(BsonDocument.Parse("""{ "_id": "acme-careers" }"""), Rendered.Filter(MongoPostingCommands.SourceById("acme-careers")));
    }

    private static PostingLifecycleState OpenState { get; } =
        new("key-1", Source, "acme", "hash-1", PostingStatus.Open, T0, null, false);

    /// <summary>A newer sighting, as <see cref="PostingLifecycle.Decide"/> answers it.</summary>
    private static PostingDecision Sighting(PostingStatusChange change) =>
        new(PostingWrite.MarkSeen, change, true, [])
        {
            Closing = change == PostingStatusChange.Expire ? PostingClosing.Expired(MongoValues.ToInstant(At)) : null,
        };
}
