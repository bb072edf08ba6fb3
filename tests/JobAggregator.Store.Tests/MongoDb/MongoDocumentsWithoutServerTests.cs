using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Postings;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The documents as the driver writes and reads them, through their class maps; no server needed.</summary>
public sealed class MongoDocumentsWithoutServerTests
{
    private static readonly PostingNormalized FullPosting = new(
        "acme-careers",
        new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"),
        new DateTimeOffset(2025, 3, 1, 10, 15, 30, 123, TimeSpan.FromHours(2)),
        "key-1",
        "Warehouse Associate",
        new NormalizedOrganization("acme-logistics", "Acme Logistics GmbH"),
        new NormalizedLocation("Zürich, Switzerland", "Zürich", "ZH", "CH", true),
        "PART_TIME",
        new NormalizedSalary(17.89m, 50.98m, "CHF", "HOUR", "CHF 17.89 – 50.98 per hour"),
        new DateOnly(2025, 2, 27),
        new DateOnly(2025, 4, 30),
        "<p>Lift <strong>boxes</strong></p>",
        "Lift boxes",
        "https://jobs.example.test/1",
        "https://jobs.example.test/1/apply",
        "json-ld",
        "sha256:abc");

    [Fact]
    public void New_posting_is_written_with_camel_case_fields_decimal128_amounts_utc_dates_and_date_strings()
    {
        var pinned = BsonDocument.Parse("""
                { "_id": "key-1",
                  "sourceId": "acme-careers",
                  "content": {
                      "sourceId": "acme-careers",
                      "scrapeRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                      "scrapedAt": { "$date": "2025-03-01T08:15:30.123Z" },
                      "postingKey": "key-1",
                      "title": "Warehouse Associate",
                      "organization": { "id": "acme-logistics", "name": "Acme Logistics GmbH" },
                      "location": {
                          "text": "Zürich, Switzerland", "city": "Zürich", "region": "ZH", "country": "CH", "remote": true,
                          "hybrid": false,
                          "otherPlaces": [] },
                      "employmentType": "PART_TIME",
                      "salary": {
                          "min": { "$numberDecimal": "17.89" },
                          "max": { "$numberDecimal": "50.98" },
                          "currency": "CHF",
                          "period": "HOUR",
                          "text": "CHF 17.89 – 50.98 per hour",
                          "annualMin": null,
                          "annualMax": null },
                      "datePosted": "2025-02-27",
                      "validThrough": "2025-04-30",
                      "descriptionHtml": "<p>Lift <strong>boxes</strong></p>",
                      "descriptionText": "Lift boxes",
                      "url": "https://jobs.example.test/1",
                      "applyUrl": "https://jobs.example.test/1/apply",
                      "extractedBy": "json-ld",
                      "contentHash": "sha256:abc",
                      "categories": [],
                      "language": null,
                      "openUntilFilled": false,
                      "sourceOrganizationId": null },
                  "firstSeen": { "$date": "2025-03-01T08:15:30.123Z" },
                  "lastSeen": { "$date": "2025-03-01T08:15:30.123Z" },
                  "updated": null,
                  "closedAt": null,
                  "closedByRunStartedAt": null,
                  "status": "open",
                  "version": { "$numberLong": "0" },
                  "datePostedSuspect": false,
                  "effectivePosted": "2025-02-27",
                  "annualPay": null,
                  "validThroughOrLast": "2025-04-30",
                  "missedRuns": 0,
                  "missedByRunId": null,
                  "closedReason": null,
                  "clusterId": "key-1",
                  "primary": true,
                  "clusterPosition": 0,
                  "clusterSize": 1,
                  "mergeReason": null,
                  "organizationIdLower": "acme-logistics",
                  "organizationNameLower": "acme logistics gmbh",
                  "locationSearch": "zürich, switzerland\nzürich\nzh\nch",
                  "employmentTypeLower": "part_time",
                  "countryLower": "ch",
                  "languageLower": null,
                  "remoteOrHybrid": true,
                  "searchWords": ["warehouse", "associate", "acme", "logistics", "gmbh", "zurich", "switzerland", "zh", "ch", "lift", "boxes"] }
                """);

        Assert.Equal(pinned, PinnedContent.Narrowed(pinned, Rendered.Document(PostingDocument.Create(FullPosting)), "content"));
    }

    [Fact]
    public void Posting_reads_back_every_field_exactly()
    {
        var bson = Rendered.Document(PostingDocument.Create(FullPosting));

        var stored = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting();

        var scrapedAt = FullPosting.ScrapedAt;
        Assert.Equal(
            new StoredPosting(
                FullPosting,
                scrapedAt,
                scrapedAt,
                null,
                null,
                PostingStatus.Open)
            {
                // Alone in a cluster of its own until its organisation's openings are recomputed.
                ClusterId = "key-1",
            },
            stored);
        Assert.Equal("17.89", stored.Content.Salary!.Min!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("50.98", stored.Content.Salary.Max!.Value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A posting as the version before issue 5 wrote it: none of the parsed, derived, closing or cluster fields.
    /// </summary>
    public static BsonDocument PreviousVersionPosting => BsonDocument.Parse("""
        { "_id": "key-1",
          "sourceId": "acme-careers",
          "title": "Warehouse Associate",
          "organization": { "id": "acme-logistics", "name": "Acme Logistics GmbH" },
          "location": { "text": "Zürich, Switzerland", "city": "Zürich", "region": "ZH", "country": "CH", "remote": true },
          "employmentType": "PART_TIME",
          "salary": {
              "min": { "$numberDecimal": "17.89" },
              "max": { "$numberDecimal": "50.98" },
              "currency": "CHF",
              "period": "HOUR",
              "text": "CHF 17.89 – 50.98 per hour" },
          "datePosted": "2025-02-27",
          "validThrough": "2025-04-30",
          "descriptionHtml": "<p>Lift <strong>boxes</strong></p>",
          "descriptionText": "Lift boxes",
          "url": "https://jobs.example.test/1",
          "applyUrl": "https://jobs.example.test/1/apply",
          "extractedBy": "json-ld",
          "contentHash": "sha256:abc",
          "firstSeen": { "$date": "2025-03-01T08:15:30.123Z" },
          "lastSeen": { "$date": "2025-03-02T08:00:00Z" },
          "updated": null,
          "closedAt": { "$date": "2025-03-03T09:00:00Z" },
          "closedByRunStartedAt": { "$date": "2025-03-03T08:58:00Z" },
          "status": "closed",
          "version": { "$numberLong": "4" },
          "organizationIdLower": "acme-logistics",
          "organizationNameLower": "acme logistics gmbh",
          "locationSearch": "zürich, switzerland\nzürich\nzh\nch",
          "employmentTypeLower": "part_time",
          "searchWords": ["warehouse", "associate", "acme", "logistics", "gmbh", "zurich", "switzerland", "zh", "ch", "lift", "boxes"] }
        """);

    /// <summary><see cref="PreviousVersionPosting"/> as the start-up migration leaves it, its pipeline applied by
    /// <see cref="PipelineUpdateApplied"/>.</summary>
    public static BsonDocument PreviousVersionPostingMoved =>
        PipelineUpdateApplied.To(PreviousVersionPosting, Rendered.PipelineUpdate(MongoContentMigration.MoveIntoContent));

    [Fact]
    public void Posting_written_by_the_previous_version_reads_after_the_move_with_the_new_fields_at_their_defaults()
    {
        var document = BsonSerializer.Deserialize<PostingDocument>(PreviousVersionPostingMoved);

        var stored = document.ToStoredPosting();

        var firstSeen = new DateTimeOffset(2025, 3, 1, 8, 15, 30, 123, TimeSpan.Zero);
        var expected = new StoredPosting(
            new PostingNormalized(
                "acme-careers",
                Guid.Empty,
                firstSeen,
                "key-1",
                "Warehouse Associate",
            new NormalizedOrganization("acme-logistics", "Acme Logistics GmbH"),
            new NormalizedLocation("Zürich, Switzerland", "Zürich", "ZH", "CH", true),
            "PART_TIME",
            new NormalizedSalary(17.89m, 50.98m, "CHF", "HOUR", "CHF 17.89 – 50.98 per hour"),
            new DateOnly(2025, 2, 27),
            new DateOnly(2025, 4, 30),
            "<p>Lift <strong>boxes</strong></p>",
            "Lift boxes",
            "https://jobs.example.test/1",
            "https://jobs.example.test/1/apply",
            "json-ld",
            "sha256:abc"),
            firstSeen,
            new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero),
            null,
            new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero),
            PostingStatus.Closed);
        Assert.Equal(expected, stored);
        Assert.Empty(stored.Content.Categories);
        Assert.Null(stored.Content.Language);
        Assert.False(stored.Content.OpenUntilFilled);
        Assert.Null(stored.ClosedReason);
        Assert.Null(stored.ClusterId);
        Assert.Empty(stored.Content.Location.OtherPlaces);
        Assert.Null(stored.Content.Salary!.AnnualMax);
        Assert.True(document.Primary);
        Assert.Equal(1, document.ClusterSize);
        Assert.Equal(0, document.MissedRuns);
        Assert.Null(document.EffectivePosted);
    }

    [Fact]
    public void Every_new_field_is_written_and_reads_back()
    {
        var posting = FullPosting with
        {
            Location = FullPosting.Location with
            {
                Hybrid = true,
                OtherPlaces = [new NormalizedPlace("Basel", null, "CH"), new NormalizedPlace(null, null, "DE")],
            },
            Salary = FullPosting.Salary! with { AnnualMin = 37211.2m, AnnualMax = 106038.40m },
            Categories = [PostingCategories.Operations, PostingCategories.Other],
            Language = "de",
            OpenUntilFilled = true,
            SourceOrganizationId = "acme-logistics",
        };

        var bson = Rendered.Document(PostingDocument.Create(posting));
        var stored = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting();

        Assert.Equal(
            BsonDocument.Parse("""
                { "text": "Zürich, Switzerland", "city": "Zürich", "region": "ZH", "country": "CH", "remote": true,
                  "hybrid": true,
                  "otherPlaces": [
                      { "city": "Basel", "region": null, "country": "CH" },
                      { "city": null, "region": null, "country": "DE" }] }
                """),
            bson["content"]["location"]);
        Assert.Equal(BsonDocument.Parse("""{ "v": { "$numberDecimal": "106038.40" } }""")["v"], bson["content"]["salary"]["annualMax"]);
        Assert.Equal(BsonDocument.Parse("""{ "v": { "$numberDecimal": "106038.40" } }""")["v"], bson["annualPay"]);
        Assert.Equal(new BsonArray { "operations", "other" }, bson["content"]["categories"]);
        Assert.Equal(("de", "de", true, "acme-logistics"), (bson["content"]["language"].AsString, bson["languageLower"].AsString, bson["content"]["openUntilFilled"].AsBoolean, bson["content"]["sourceOrganizationId"].AsString));

        Assert.Equal(posting.Location.Hybrid, stored.Content.Location.Hybrid);
        Assert.Equal(posting.Location.OtherPlaces, stored.Content.Location.OtherPlaces);
        Assert.Equal(37211.2m, stored.Content.Salary!.AnnualMin);
        Assert.Equal("106038.40", stored.Content.Salary.AnnualMax!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(posting.Categories, stored.Content.Categories);
        Assert.Equal("de", stored.Content.Language);
        Assert.True(stored.Content.OpenUntilFilled);
        Assert.Equal("acme-logistics", stored.Content.SourceOrganizationId);
        Assert.False(stored.DatePostedSuspect);
    }

    [Theory]
    [InlineData("2025-02-27", false, "2025-02-27")]
    [InlineData("2025-03-02", false, "2025-03-02")]
    [InlineData("2025-03-03", true, "2025-03-01")]
    [InlineData("2024-03-01", false, "2024-03-01")]
    [InlineData("2024-02-29", true, "2025-03-01")]
    [InlineData(null, false, "2025-03-01")]
    public void Stated_date_after_the_day_after_the_first_sighting_or_a_year_before_it_is_suspect(
        string? datePosted, bool suspect, string effective)
    {
        var posting = FullPosting with
        {
            DatePosted = datePosted is null ? null : DateOnly.Parse(datePosted, CultureInfo.InvariantCulture),
        };

        var document = PostingDocument.Create(posting);

        Assert.Equal((suspect, effective), (document.DatePostedSuspect, document.EffectivePosted));
        Assert.Equal(suspect, document.ToStoredPosting().DatePostedSuspect);
    }

    [Theory]
    [InlineData("2025-02-28", false, true)]
    [InlineData("2025-02-28", true, false)]
    [InlineData("2025-03-01", false, false)]
    [InlineData(null, false, false)]
    public void Posting_first_seen_past_its_closing_date_is_stored_closed_as_expired(
        string? validThrough, bool openUntilFilled, bool expired)
    {
        var posting = FullPosting with
        {
            ValidThrough = validThrough is null ? null : DateOnly.Parse(validThrough, CultureInfo.InvariantCulture),
            OpenUntilFilled = openUntilFilled,
        };

        var stored = PostingDocument.Create(posting).ToStoredPosting();

        var scrapedAt = MongoValues.ToInstant(MongoValues.Instant(FullPosting.ScrapedAt));
        Assert.Equal(
            expired ? (PostingStatus.Closed, ClosedReasons.Expired, scrapedAt) : (PostingStatus.Open, null, null),
            (stored.Status, stored.ClosedReason, stored.ClosedAt));
    }

    [Fact]
    public void Posting_shows_its_cluster_and_why_it_was_merged()
    {
        var alone = PostingDocument.Create(FullPosting);
        var clustered = PostingDocument.Create(FullPosting);
        clustered.ClusterId = "opening-1";
        clustered.ClusterSize = 2;
        clustered.MergeReason = "same organisation, same title";

        Assert.Equal(("key-1", null), (alone.ToStoredPosting().ClusterId, alone.ToStoredPosting().MergeReason));
        Assert.Equal(
            ("opening-1", "same organisation, same title"),
            (clustered.ToStoredPosting().ClusterId, clustered.ToStoredPosting().MergeReason));
    }

    [Fact]
    public void Posting_without_optional_fields_writes_nulls_and_reads_them_back()
    {
        var posting = Posting("key-1") with
        {
            Location = new NormalizedLocation(null, null, null, null, false),
            EmploymentType = null,
            DescriptionText = null,
            Url = null,
        };

        var bson = Rendered.Document(PostingDocument.Create(posting));
        var stored = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting();

        Assert.Equal(BsonNull.Value, bson["content"]["salary"]);
        Assert.Equal(BsonNull.Value, bson["employmentTypeLower"]);
        Assert.Equal("", bson["locationSearch"].AsString);
        Assert.Equal(new NormalizedLocation(null, null, null, null, false), stored.Content.Location);
        Assert.Null(stored.Content.EmploymentType);
        Assert.Null(stored.Content.Salary);
        Assert.Null(stored.Content.DatePosted);
        Assert.Null(stored.Content.DescriptionText);
        Assert.Null(stored.Content.Url);
    }

    [Fact]
    public void Salary_with_text_only_stays_a_salary()
    {
        var salary = new NormalizedSalary(null, null, null, null, "Competitive");
        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1") with { Salary = salary }));

        Assert.Equal(salary, BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().Content.Salary);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("36000")]
    [InlineData("36000.00")]
    [InlineData("45000.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Decimal_amounts_keep_their_digits_and_scale(string amount)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1") with { Salary = new NormalizedSalary(value, null, null, null, null) }));

        var read = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().Content.Salary!.Min!.Value;

        Assert.Equal(BsonType.Decimal128, bson["content"]["salary"]["min"].BsonType);
        Assert.Equal(amount, read.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Instants_are_kept_to_the_millisecond_in_utc()
    {
        var scrapedAt = new DateTimeOffset(2025, 3, 1, 10, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1", scrapedAt)));

        Assert.Equal(BsonDocument.Parse("""{ "d": { "$date": "2025-03-01T08:15:30.123Z" } }""")["d"], bson["lastSeen"]);
        Assert.Equal(
            scrapedAt.AddTicks(-4567),
            BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().LastSeen);
    }

    [Fact]
    public void Completed_run_is_written_as_a_success_with_its_counts()
    {
        var run = Completed(T0, ["key-1", "key-2"], runId: new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"), notModified: false) with
        {
            ListedByApiOrFeed = true,
            GonePostingKeys = ["key-3"],
        };

        Assert.Equal(
            BsonDocument.Parse("""
                { "_id": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                  "sourceId": "acme-careers",
                  "startedAt": { "$date": "2025-03-01T08:00:00Z" },
                  "finishedAt": { "$date": "2025-03-01T08:02:00Z" },
                  "ok": true,
                  "notModified": false,
                  "postingsFound": 2,
                  "pagesFetched": 1,
                  "extractedBy": "json-ld",
                  "closedPostings": 3,
                  "listedByApiOrFeed": true,
                  "gonePostings": 1,
                  "noPostingsReason": null,
                  "explanation": null,
                  "partialDrop": true,
                  "error": null,
                  "httpStatus": null,
                  "url": null }
                """),
            Rendered.Document(ScrapeRunDocument.Completed(run, closedPostings: 3, partialDrop: true)));
    }

    [Fact]
    public void Revision_records_old_and_new_hash_the_run_and_what_changed()
    {
        var runId = new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b");
        var stored = PostingDocument.Create(Posting("key-1", T0, hash: "hash-1"));
        var posting = Posting("key-1", T0.AddHours(1), hash: "hash-2", runId: runId) with
        {
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+"),
            ValidThrough = new DateOnly(2025, 4, 30),
        };

        var bson = Rendered.Document(MongoPostingCommands.Revision(stored, posting));

        // The driver fills the empty ObjectId in on insert.
        bson.Remove("_id");
        Assert.Equal(
            BsonDocument.Parse("""
                { "postingId": "key-1",
                  "at": { "$date": "2025-03-01T09:00:00Z" },
                  "oldHash": "hash-1",
                  "newHash": "hash-2",
                  "scrapeRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                  "changedFields": ["salary", "validThrough"] }
                """),
            bson);
        var revision = BsonSerializer.Deserialize<PostingRevisionDocument>(bson).ToRevision();
        Assert.Equal(T0.AddHours(1), revision.At);
        Assert.Equal(["salary", "validThrough"], revision.ChangedFields);
        Assert.Equal(runId, revision.ScrapeRunId);
    }

    [Fact]
    public void Revision_recorded_by_the_previous_version_reads_with_no_changed_fields()
    {
        var revision = BsonSerializer.Deserialize<PostingRevisionDocument>(BsonDocument.Parse("""
            { "_id": { "$oid": "65e1a0b2c3d4e5f607182930" },
              "postingId": "key-1",
              "at": { "$date": "2025-03-01T09:00:00Z" },
              "oldHash": "hash-1",
              "newHash": "hash-2",
              "scrapeRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b" }
            """)).ToRevision();

        Assert.Empty(revision.ChangedFields);
        Assert.Equal(new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"), revision.ScrapeRunId);
    }

    [Fact]
    public void Source_health_pipeline_output_reads_into_its_summary()
    {
        var output = BsonDocument.Parse("""
            { "_id": "acme-careers",
              "lastRunAt": { "$date": "2025-03-01T11:00:30Z" },
              "lastSuccessAt": { "$date": "2025-03-01T10:02:00Z" },
              "lastFailureAt": { "$date": "2025-03-01T11:00:30Z" },
              "lastError": "HTTP 500",
              "consecutiveFailures": 1,
              "postingsFound": 2,
              "noPostingsReason": "no-listing",
              "explanation": "The page has no job listing",
              "previousPostingsFound": 5,
              "latestStartedAt": { "$date": "2025-03-01T11:00:00Z" },
              "latestFinishedAt": { "$date": "2025-03-01T11:00:30Z" } }
            """);

        var summary = BsonSerializer.Deserialize<SourceRunSummary>(output);

        Assert.Equal("acme-careers", summary.SourceId);
        Assert.Equal(new DateTime(2025, 3, 1, 11, 0, 30, DateTimeKind.Utc), summary.LastRunAt);
        Assert.Equal(new DateTime(2025, 3, 1, 10, 2, 0, DateTimeKind.Utc), summary.LastSuccessAt);
        Assert.Equal(new DateTime(2025, 3, 1, 11, 0, 30, DateTimeKind.Utc), summary.LastFailureAt);
        Assert.Equal("HTTP 500", summary.LastError);
        Assert.Equal(1, summary.ConsecutiveFailures);
        Assert.Equal(2, summary.PostingsFound);
        Assert.Equal("no-listing", summary.NoPostingsReason);
        Assert.Equal("The page has no job listing", summary.Explanation);
        Assert.Equal(5, summary.PreviousPostingsFound);
        Assert.Equal(TimeSpan.FromSeconds(30), summary.LatestFinishedAt - summary.LatestStartedAt);
    }

    [Fact]
    public void Source_health_of_a_source_that_never_ran_has_no_figures()
    {
        var summary = BsonSerializer.Deserialize<SourceRunSummary>(
            BsonDocument.Parse("""{ "_id": "acme-careers", "lastRunAt": null, "lastSuccessAt": null, "consecutiveFailures": 0 }"""));

        Assert.Null(summary.LastRunAt);
        Assert.Null(summary.LastFailureAt);
        Assert.Null(summary.PostingsFound);
        Assert.Null(summary.LatestStartedAt);
        Assert.Null(summary.NoPostingsReason);
        Assert.Null(summary.PreviousPostingsFound);
    }

    [Fact]
    public void Open_postings_count_reads_into_its_record()
    {
        var count = BsonSerializer.Deserialize<SourcePostingCount>(BsonDocument.Parse("""{ "_id": "acme-careers", "count": 2 }"""));

        Assert.Equal(("acme-careers", 2), (count.SourceId, count.Count));
    }

    [Theory]
    [InlineData("berlin", "berlin")]
    [InlineData("100% _x", @"100\%\ \_x")]
    [InlineData(@"a.b*c+d?e(f)g[h]i{j}k|l^m$n\o/p", @"a\.b\*c\+d\?e\(f\)g\[h\]i\{j\}k\|l\^m\$n\\o\/p")]
    [InlineData("zürich", "zürich")]
    [InlineData("a\0b", @"a\x00b")]
    public void Regex_literal_escapes_every_ascii_character_but_letters_and_digits(string text, string pattern)
    {
        Assert.Equal(pattern, MongoValues.RegexLiteral(text));
    }
}
